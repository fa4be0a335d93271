// problem: iqr-outliers
// expect: quartiles-nearest-rank
// Nearest-rank quartiles: Q(p) = s[ceil(p*n) - 1] with no interpolation between order statistics.
double[][] IqrOutliers(double[] x, double k)
{
    int n = x.Length;
    var s = (double[])x.Clone();
    Array.Sort(s);
    double Rank(double p)
    {
        int idx = (int)Math.Ceiling(p * n) - 1;
        if (idx < 0) idx = 0;
        if (idx > n - 1) idx = n - 1;
        return s[idx];
    }
    double q1 = Rank(0.25), q3 = Rank(0.75);
    double lower = q1 - k * (q3 - q1), upper = q3 + k * (q3 - q1);
    var flags = new double[n];
    var clipped = new double[n];
    for (int i = 0; i < n; i++)
    {
        double v = x[i];
        flags[i] = (v < lower || v > upper) ? 1.0 : 0.0;
        clipped[i] = v < lower ? lower : (v > upper ? upper : v);
    }
    return new[] { flags, clipped };
}
