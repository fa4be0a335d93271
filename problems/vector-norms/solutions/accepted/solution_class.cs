// One pass with the LAPACK dnrm2 update: keep a running scale and a sum of squares relative to it.
public class Solution
{
    public static double[] Norms(double[] x)
    {
        double nonZero = 0, l1 = 0, scale = 0, ssq = 1, linf = 0;
        foreach (var v in x)
        {
            if (v == 0) continue;
            nonZero++;
            var a = Math.Abs(v);
            l1 += a;
            linf = Math.Max(linf, a);
            if (scale < a) { ssq = 1 + ssq * (scale / a) * (scale / a); scale = a; }
            else ssq += (a / scale) * (a / scale);
        }
        return new[] { nonZero, l1, scale == 0 ? 0 : scale * Math.Sqrt(ssq), linf };
    }
}
