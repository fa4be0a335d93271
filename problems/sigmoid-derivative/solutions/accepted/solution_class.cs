// The symmetric closed form e^{-|x|} / (1 + e^{-|x|})^2.
public class Solution
{
    public static double[] SigmoidBackward(double[] x, double[] upstream)
    {
        var g = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var e = Math.Exp(-Math.Abs(x[i]));
            g[i] = upstream[i] * e / ((1 + e) * (1 + e));
        }
        return g;
    }
}
