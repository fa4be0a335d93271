// Forgets the bias correction: early steps are far too small.
double[][] AdamStep(double[] theta, double[] grad, double[] m, double[] v, int t, double learningRate, double beta1, double beta2, double eps)
{
    var m2 = m.Zip(grad, (mi, g) => beta1 * mi + (1 - beta1) * g).ToArray();
    var v2 = v.Zip(grad, (vi, g) => beta2 * vi + (1 - beta2) * g * g).ToArray();
    var theta2 = theta.Select((th, i) => th - learningRate * m2[i] / (Math.Sqrt(v2[i]) + eps)).ToArray();
    return new[] { theta2, m2, v2 };
}
