// Uses the L1 (Manhattan) distance instead of Euclidean.
double Distance(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Sum();

int[] KnnClassify(double[][] trainX, int[] trainY, double[][] queries, int k) =>
    queries.Select(q => Enumerable.Range(0, trainX.Length)
            .OrderBy(i => Distance(q, trainX[i])).ThenBy(i => i).Take(k)
            .GroupBy(i => trainY[i])
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .First().Key)
        .ToArray();
