// problem: layernorm
// expect: normalizes-columns-batch-norm
double[][] LayerNorm(double[][] x, double[] gamma, double[] beta, double eps)
{
    int rows = x.Length, cols = x[0].Length;
    var y = x.Select(r => new double[cols]).ToArray();
    for (int j = 0; j < cols; j++)
    {
        double mean = 0; for (int i = 0; i < rows; i++) mean += x[i][j]; mean /= rows;
        double v = 0; for (int i = 0; i < rows; i++) v += Math.Pow(x[i][j] - mean, 2); v /= rows;
        for (int i = 0; i < rows; i++) y[i][j] = gamma[j] * (x[i][j] - mean) / Math.Sqrt(v + eps) + beta[j];
    }
    return y;
}
