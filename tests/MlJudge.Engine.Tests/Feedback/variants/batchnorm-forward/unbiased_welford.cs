// problem: batchnorm-forward
// expect: sample-variance
// Welford's running mean/M2 in one sweep over the rows, but the variance is M2 / (N - 1) (unbiased); N = 1 guarded to variance 0.
double[][] BatchNormForward(double[][] x, double[] gamma, double[] beta, double eps)
{
    int n = x.Length, d = gamma.Length;
    var mean = new double[d];
    var m2 = new double[d];
    for (int i = 0; i < n; i++)
    {
        for (int j = 0; j < d; j++)
        {
            double delta = x[i][j] - mean[j];
            mean[j] += delta / (i + 1);
            m2[j] += delta * (x[i][j] - mean[j]);
        }
    }
    var result = new double[n][];
    for (int i = 0; i < n; i++)
    {
        result[i] = new double[d];
        for (int j = 0; j < d; j++)
        {
            double variance = n < 2 ? 0.0 : m2[j] / (n - 1);
            result[i][j] = gamma[j] * (x[i][j] - mean[j]) / Math.Sqrt(variance + eps) + beta[j];
        }
    }
    return result;
}
