// problem: pearson-correlation
// expect: constant-detected-by-zero-spread
// Class form: population standard deviations from centred values, NaN only when a computed std is exactly 0; r = mean of products of z-scores.
public class Solution
{
    public double Pearson(double[] x, double[] y)
    {
        int n = x.Length;
        double mx = x.Average(), my = y.Average();
        double sdx = Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) / n);
        double sdy = Math.Sqrt(y.Sum(v => (v - my) * (v - my)) / n);
        if (sdx == 0 || sdy == 0) return double.NaN;
        double acc = 0;
        for (int i = 0; i < n; i++) acc += (x[i] - mx) / sdx * ((y[i] - my) / sdy);
        return acc / n;
    }
}
