// problem: iqr-outliers
// expect: none
// Unrelated bug: another interpolating convention, h = (n+1)p - 1 (type 6, clamped to the ends) instead of (n-1)p. Not nearest rank; for odd n it equals the median-of-halves quartiles, for even n it differs from them (so not the same function).
double[][] IqrOutliers(double[] x, double k)
{
    int n = x.Length;
    var s = (double[])x.Clone();
    Array.Sort(s);
    double Q(double p)
    {
        double h = (n + 1) * p - 1;
        if (h <= 0) return s[0];
        if (h >= n - 1) return s[n - 1];
        int j = (int)Math.Floor(h);
        return s[j] + (h - j) * (s[j + 1] - s[j]);
    }
    double q1 = Q(0.25), q3 = Q(0.75), iqr = q3 - q1;
    double lo = q1 - k * iqr, hi = q3 + k * iqr;
    var flags = new double[n];
    var clipped = new double[n];
    for (int i = 0; i < n; i++)
    {
        flags[i] = x[i] < lo || x[i] > hi ? 1 : 0;
        clipped[i] = Math.Min(Math.Max(x[i], lo), hi);
    }
    return new[] { flags, clipped };
}
