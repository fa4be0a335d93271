// problem: adam-step
// expect: none
// Adversarial: bias-corrects only the first moment, and uses the raw second moment v' in the denominator.
double[][] AdamStep(double[] theta, double[] grad, double[] m, double[] v, int t, double learningRate, double beta1, double beta2, double eps)
{
    int n = theta.Length;
    var th = new double[n]; var mm = new double[n]; var vv = new double[n];
    double c1 = 1 - Math.Pow(beta1, t);
    for (int i = 0; i < n; i++)
    {
        mm[i] = beta1 * m[i] + (1 - beta1) * grad[i];
        vv[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
        th[i] = theta[i] - learningRate * (mm[i] / c1) / (Math.Sqrt(vv[i]) + eps);
    }
    return new[] { th, mm, vv };
}
