// problem: adam-step
// expect: no-bias-correction
// LINQ-style: moments updated correctly, but theta is updated with the raw m', v' (no division by 1 - beta^t).
double[][] AdamStep(double[] theta, double[] grad, double[] m, double[] v, int t, double learningRate, double beta1, double beta2, double eps)
{
    double[] m2 = m.Select((mi, i) => beta1 * mi + (1.0 - beta1) * grad[i]).ToArray();
    double[] v2 = v.Select((vi, i) => beta2 * vi + (1.0 - beta2) * grad[i] * grad[i]).ToArray();
    double[] th = theta.Select((p, i) => p - learningRate * m2[i] / (Math.Sqrt(v2[i]) + eps)).ToArray();
    return new double[][] { th, m2, v2 };
}
