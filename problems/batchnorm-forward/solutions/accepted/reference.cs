double[][] BatchNormForward(double[][] x, double[] gamma, double[] beta, double eps)
{
    int n = x.Length, d = gamma.Length;
    var y = new double[n][];
    for (var i = 0; i < n; i++) y[i] = new double[d];
    for (var j = 0; j < d; j++)
    {
        var mean = 0.0;
        for (var i = 0; i < n; i++) mean += x[i][j];
        mean /= n;
        var variance = 0.0;
        for (var i = 0; i < n; i++) variance += (x[i][j] - mean) * (x[i][j] - mean);
        variance /= n;
        var scale = gamma[j] / Math.Sqrt(variance + eps);
        for (var i = 0; i < n; i++) y[i][j] = (x[i][j] - mean) * scale + beta[j];
    }
    return y;
}
