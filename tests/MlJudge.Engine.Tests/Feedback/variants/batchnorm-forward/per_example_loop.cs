// problem: batchnorm-forward
// expect: normalizes-rows-layer-norm
// Plain loops that take the mean and (population) variance over each example's D features - layer norm - then apply gamma/beta per feature.
double[][] BatchNormForward(double[][] x, double[] gamma, double[] beta, double eps)
{
    var output = new double[x.Length][];
    for (int i = 0; i < x.Length; i++)
    {
        var row = x[i];
        double total = 0;
        for (int j = row.Length - 1; j >= 0; j--) total += row[j];
        double mu = total / row.Length;
        double sq = 0;
        for (int j = 0; j < row.Length; j++) { double c = row[j] - mu; sq += c * c; }
        double inv = 1.0 / Math.Sqrt(sq / row.Length + eps);
        output[i] = new double[row.Length];
        for (int j = 0; j < row.Length; j++) output[i][j] = (row[j] - mu) * inv * gamma[j] + beta[j];
    }
    return output;
}
