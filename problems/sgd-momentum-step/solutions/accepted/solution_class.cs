public class Solution
{
    public static double[][] MomentumStep(double[] theta, double[] grad, double[] velocity, double learningRate, double momentum)
    {
        var t = (double[])theta.Clone();
        var v = (double[])velocity.Clone();
        for (var i = 0; i < t.Length; i++)
        {
            v[i] = v[i] * momentum + grad[i];
            t[i] -= learningRate * v[i];
        }
        return new[] { t, v };
    }
}
