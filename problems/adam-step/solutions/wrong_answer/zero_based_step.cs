// Uses t - 1 in the corrections (a zero-based step counter): divides by zero on the first step.
double[][] AdamStep(double[] theta, double[] grad, double[] m, double[] v, int t, double learningRate, double beta1, double beta2, double eps)
{
    var m2 = m.Zip(grad, (mi, g) => beta1 * mi + (1 - beta1) * g).ToArray();
    var v2 = v.Zip(grad, (vi, g) => beta2 * vi + (1 - beta2) * g * g).ToArray();
    var c1 = 1 - Math.Pow(beta1, t - 1);
    var c2 = 1 - Math.Pow(beta2, t - 1);
    var theta2 = theta.Select((th, i) => th - learningRate * (m2[i] / c1) / (Math.Sqrt(v2[i] / c2) + eps)).ToArray();
    return new[] { theta2, m2, v2 };
}
