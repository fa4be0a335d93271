// problem: batchnorm-forward
// expect: none
// Unrelated wrong (adversarial to eps-outside-sqrt): eps is never used at all, so results drift where the variance is small and constant features give NaN (0/0).
double[][] BatchNormForward(double[][] x, double[] gamma, double[] beta, double eps)
{
    int n = x.Length, d = gamma.Length;
    var y = x.Select(_ => new double[d]).ToArray();
    for (int j = 0; j < d; j++)
    {
        double mean = x.Sum(r => r[j]) / n;
        double std = Math.Sqrt(x.Sum(r => (r[j] - mean) * (r[j] - mean)) / n);
        for (int i = 0; i < n; i++) y[i][j] = gamma[j] * (x[i][j] - mean) / std + beta[j];
    }
    return y;
}
