double Distance(double[] a, double[] b)
{
    var sum = 0.0;
    for (var i = 0; i < a.Length; i++) sum += (a[i] - b[i]) * (a[i] - b[i]);
    return sum;
}

int[] KnnClassify(double[][] trainX, int[] trainY, double[][] queries, int k) =>
    queries.Select(q => Enumerable.Range(0, trainX.Length)
            .OrderBy(i => Distance(q, trainX[i])).ThenBy(i => i).Take(k)
            .GroupBy(i => trainY[i])
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .First().Key)
        .ToArray();
