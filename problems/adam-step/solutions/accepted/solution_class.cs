// The "efficient" form from the Adam paper, folding the corrections into the step size; it differs from the
// textbook form only in where eps sits relative to the correction, so it is written to keep eps outside sqrt(v-hat).
public class Solution
{
    public static double[][] AdamStep(double[] theta, double[] grad, double[] m, double[] v, int t, double learningRate, double beta1, double beta2, double eps)
    {
        var bias1 = 1.0;
        var bias2 = 1.0;
        for (var k = 0; k < t; k++) { bias1 *= beta1; bias2 *= beta2; }
        var m2 = m.Zip(grad, (mi, g) => beta1 * mi + (1 - beta1) * g).ToArray();
        var v2 = v.Zip(grad, (vi, g) => beta2 * vi + (1 - beta2) * g * g).ToArray();
        var stepSize = learningRate * Math.Sqrt(1 - bias2) / (1 - bias1);
        var epsHat = eps * Math.Sqrt(1 - bias2);
        var theta2 = theta.Select((th, i) => th - stepSize * m2[i] / (Math.Sqrt(v2[i]) + epsHat)).ToArray();
        return new[] { theta2, m2, v2 };
    }
}
