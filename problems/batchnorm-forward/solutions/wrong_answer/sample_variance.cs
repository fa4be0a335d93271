// Uses the unbiased sample variance (divides by N - 1).
double[][] BatchNormForward(double[][] x, double[] gamma, double[] beta, double eps)
{
    int n = x.Length, d = gamma.Length;
    var y = x.Select(r => new double[d]).ToArray();
    for (var j = 0; j < d; j++)
    {
        var column = x.Select(r => r[j]).ToArray();
        var mean = column.Average();
        var variance = n > 1 ? column.Sum(v => (v - mean) * (v - mean)) / (n - 1) : 0;
        for (var i = 0; i < n; i++) y[i][j] = gamma[j] * (x[i][j] - mean) / Math.Sqrt(variance + eps) + beta[j];
    }
    return y;
}
