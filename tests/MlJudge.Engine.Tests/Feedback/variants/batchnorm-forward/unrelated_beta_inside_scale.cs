// problem: batchnorm-forward
// expect: none
// Unrelated wrong: adds beta before scaling, y = gamma * (xhat + beta), so beta gets multiplied by gamma.
double[][] BatchNormForward(double[][] x, double[] gamma, double[] beta, double eps)
{
    int n = x.Length, d = gamma.Length;
    var y = new double[n][];
    for (int i = 0; i < n; i++) y[i] = new double[d];
    for (int j = 0; j < d; j++)
    {
        double mean = 0;
        for (int i = 0; i < n; i++) mean += x[i][j];
        mean /= n;
        double variance = 0;
        for (int i = 0; i < n; i++) variance += (x[i][j] - mean) * (x[i][j] - mean);
        variance /= n;
        for (int i = 0; i < n; i++) y[i][j] = gamma[j] * ((x[i][j] - mean) / Math.Sqrt(variance + eps) + beta[j]);
    }
    return y;
}
