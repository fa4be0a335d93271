// problem: adam-step
// expect: none
// Second moment accumulates |g| instead of g^2 (otherwise correct bias-corrected Adam).
double[][] AdamStep(double[] theta, double[] grad, double[] m, double[] v, int t, double learningRate, double beta1, double beta2, double eps)
{
    int n = theta.Length;
    double c1 = 1 - Math.Pow(beta1, t), c2 = 1 - Math.Pow(beta2, t);
    var th = new double[n]; var mm = new double[n]; var vv = new double[n];
    for (int i = 0; i < n; i++)
    {
        mm[i] = beta1 * m[i] + (1 - beta1) * grad[i];
        vv[i] = beta2 * v[i] + (1 - beta2) * Math.Abs(grad[i]);
        th[i] = theta[i] - learningRate * (mm[i] / c1) / (Math.Sqrt(vv[i] / c2) + eps);
    }
    return new[] { th, mm, vv };
}
