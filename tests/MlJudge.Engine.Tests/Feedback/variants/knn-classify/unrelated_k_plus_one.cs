// problem: knn-classify
// expect: none
// Unrelated wrong: off-by-one neighbourhood, votes over the k + 1 nearest points (capped at n); ordering and vote ties are right.
int[] KnnClassify(double[][] trainX, int[] trainY, double[][] queries, int k) =>
    queries.Select(q => Enumerable.Range(0, trainX.Length)
            .OrderBy(i => q.Select((v, t) => (v - trainX[i][t]) * (v - trainX[i][t])).Sum()).ThenBy(i => i)
            .Take(Math.Min(k + 1, trainX.Length))
            .GroupBy(i => trainY[i])
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .First().Key)
        .ToArray();
