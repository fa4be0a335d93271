// problem: adam-step
// expect: none
// Updates theta correctly but returns the input m and v arrays (old moments) instead of the new ones.
double[][] AdamStep(double[] theta, double[] grad, double[] m, double[] v, int t, double learningRate, double beta1, double beta2, double eps)
{
    int n = theta.Length;
    var th = new double[n];
    for (int i = 0; i < n; i++)
    {
        double mi = beta1 * m[i] + (1 - beta1) * grad[i];
        double vi = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
        double mh = mi / (1 - Math.Pow(beta1, t));
        double vh = vi / (1 - Math.Pow(beta2, t));
        th[i] = theta[i] - learningRate * mh / (Math.Sqrt(vh) + eps);
    }
    return new[] { th, m, v };
}
