// Normalizes each feature across the batch (that is batch norm).
double[][] LayerNorm(double[][] x, double[] gamma, double[] beta, double eps)
{
    int n = x.Length, d = gamma.Length;
    var y = x.Select(r => new double[d]).ToArray();
    for (var j = 0; j < d; j++)
    {
        var mean = x.Average(r => r[j]);
        var variance = x.Average(r => (r[j] - mean) * (r[j] - mean));
        for (var i = 0; i < n; i++) y[i][j] = gamma[j] * (x[i][j] - mean) / Math.Sqrt(variance + eps) + beta[j];
    }
    return y;
}
