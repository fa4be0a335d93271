// Via tanh: sigma(x) = (1 + tanh(x / 2)) / 2 for x >= 0, and the mirrored form 1 - sigma(-x) computed as e^x / (1 + e^x) below 0.
public class Solution
{
    public static double[] Sigmoid(double[] x)
    {
        var result = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var v = x[i];
            if (v >= 0) result[i] = 0.5 * (1 + Math.Tanh(v / 2));
            else { var e = Math.Exp(v); result[i] = e / (1 + e); }
        }
        return result;
    }
}
