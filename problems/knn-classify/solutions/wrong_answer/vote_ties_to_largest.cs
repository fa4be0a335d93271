// Breaks vote ties toward the largest label.
double Distance(double[] a, double[] b) => a.Zip(b, (x, y) => (x - y) * (x - y)).Sum();

int[] KnnClassify(double[][] trainX, int[] trainY, double[][] queries, int k) =>
    queries.Select(q => Enumerable.Range(0, trainX.Length)
            .OrderBy(i => Distance(q, trainX[i])).ThenBy(i => i).Take(k)
            .GroupBy(i => trainY[i])
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
            .First().Key)
        .ToArray();
