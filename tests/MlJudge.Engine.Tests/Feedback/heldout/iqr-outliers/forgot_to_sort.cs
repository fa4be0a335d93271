// problem: iqr-outliers
// expect: quartiles-from-unsorted
// Correct type-7 interpolation formula, but it indexes the input array in its given order (no sort), so quartiles depend on input order.
double[][] IqrOutliers(double[] x, double k)
{
    int n = x.Length;
    double Quant(double p)
    {
        double h = (n - 1) * p;
        int j = (int)h;
        double frac = h - j;
        if (j + 1 >= n) return x[n - 1];
        return x[j] * (1 - frac) + x[j + 1] * frac;
    }
    double q1 = Quant(0.25), q3 = Quant(0.75);
    double L = q1 - k * (q3 - q1), U = q3 + k * (q3 - q1);
    var f = new double[n];
    var c = new double[n];
    for (int i = 0; i < n; i++)
    {
        f[i] = x[i] < L || x[i] > U ? 1 : 0;
        c[i] = Math.Clamp(x[i], Math.Min(L, U), Math.Max(L, U));
    }
    return new[] { f, c };
}
