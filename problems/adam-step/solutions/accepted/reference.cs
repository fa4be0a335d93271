double[][] AdamStep(double[] theta, double[] grad, double[] m, double[] v, int t, double learningRate, double beta1, double beta2, double eps)
{
    var n = theta.Length;
    var theta2 = new double[n];
    var m2 = new double[n];
    var v2 = new double[n];
    var correction1 = 1 - Math.Pow(beta1, t);
    var correction2 = 1 - Math.Pow(beta2, t);
    for (var i = 0; i < n; i++)
    {
        m2[i] = beta1 * m[i] + (1 - beta1) * grad[i];
        v2[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
        theta2[i] = theta[i] - learningRate * (m2[i] / correction1) / (Math.Sqrt(v2[i] / correction2) + eps);
    }
    return new[] { theta2, m2, v2 };
}
