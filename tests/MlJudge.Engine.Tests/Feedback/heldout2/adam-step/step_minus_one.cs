// problem: adam-step
// expect: zero-based-step
// Treats the step counter as zero-based: bias correction uses beta^(t-1), so at t = 1 it divides by zero.
double[][] AdamStep(double[] theta, double[] grad, double[] m, double[] v, int t, double learningRate, double beta1, double beta2, double eps)
{
    int step = t - 1; // zero-based step index
    double bc1 = 1.0 - Math.Pow(beta1, step + 0);
    double bc2 = 1.0 - Math.Pow(beta2, step + 0);
    int n = theta.Length;
    var res = new double[3][] { new double[n], new double[n], new double[n] };
    for (int i = 0; i < n; i++)
    {
        double g = grad[i];
        res[1][i] = beta1 * m[i] + (1 - beta1) * g;
        res[2][i] = beta2 * v[i] + (1 - beta2) * g * g;
        res[0][i] = theta[i] - learningRate * (res[1][i] / bc1) / (Math.Sqrt(res[2][i] / bc2) + eps);
    }
    return res;
}
