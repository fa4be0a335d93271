// problem: layernorm
// expect: sample-variance
double[][] LayerNorm(double[][] x, double[] gamma, double[] beta, double eps)
{
    var y = new double[x.Length][];
    for (int r = 0; r < x.Length; r++)
    {
        int n = x[r].Length;
        double mu = 0; foreach (var v in x[r]) mu += v; mu /= n;
        double ss = 0; foreach (var v in x[r]) ss += (v - mu) * (v - mu);
        double sd = Math.Sqrt(ss / (n - 1) + eps);
        y[r] = new double[n];
        for (int j = 0; j < n; j++) y[r][j] = (x[r][j] - mu) / sd * gamma[j] + beta[j];
    }
    return y;
}
