// problem: batchnorm-forward
// expect: one-pass-variance
// Accumulates sum and sum of squares row by row (LINQ Aggregate over rows), variance = E[x^2] - E[x]^2, clamped at 0 with an if.
double[][] BatchNormForward(double[][] x, double[] gamma, double[] beta, double eps)
{
    int n = x.Length, d = gamma.Length;
    var (s1, s2) = x.Aggregate((new double[d], new double[d]), (acc, row) =>
    {
        for (int j = 0; j < d; j++) { acc.Item1[j] += row[j]; acc.Item2[j] += row[j] * row[j]; }
        return acc;
    });
    var mu = s1.Select(s => s / n).ToArray();
    var variance = new double[d];
    for (int j = 0; j < d; j++)
    {
        variance[j] = s2[j] / n - mu[j] * mu[j];
        if (variance[j] < 0) variance[j] = 0;
    }
    return x.Select(row => row.Select((v, j) => gamma[j] * (v - mu[j]) / Math.Sqrt(variance[j] + eps) + beta[j]).ToArray()).ToArray();
}
