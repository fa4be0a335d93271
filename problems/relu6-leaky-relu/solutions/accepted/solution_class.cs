// Written with Math.Clamp and a branch-free leaky form: max(x, 0) + alpha * min(x, 0).
public class Solution
{
    public static double[] Activate(double[] x, string kind, double alpha)
    {
        var y = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
            y[i] = kind == "relu6" ? Math.Clamp(x[i], 0, 6) : Math.Max(x[i], 0) + alpha * Math.Min(x[i], 0);
        return y;
    }
}
