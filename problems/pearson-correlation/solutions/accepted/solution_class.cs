// Welford-style single pass for means and co-moments.
public class Solution
{
    public static double Pearson(double[] x, double[] y)
    {
        double mx = 0, my = 0, cxy = 0, cxx = 0, cyy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var n = i + 1;
            var dx = x[i] - mx;
            var dy = y[i] - my;
            mx += dx / n;
            my += dy / n;
            cxy += dx * (y[i] - my);
            cxx += dx * (x[i] - mx);
            cyy += dy * (y[i] - my);
        }
        return cxx == 0 || cyy == 0 ? double.NaN : cxy / (Math.Sqrt(cxx) * Math.Sqrt(cyy));
    }
}
