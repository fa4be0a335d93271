// problem: iqr-outliers
// expect: none
// Unrelated bug: flags are right (type-7 quartiles, strict fences) but the second array returns the raw values unclipped.
double[][] IqrOutliers(double[] x, double k)
{
    int n = x.Length;
    var s = (double[])x.Clone();
    Array.Sort(s);
    double Q(double p)
    {
        double h = (n - 1) * p;
        int j = (int)Math.Floor(h);
        return j >= n - 1 ? s[n - 1] : s[j] + (h - j) * (s[j + 1] - s[j]);
    }
    double q1 = Q(0.25), q3 = Q(0.75), iqr = q3 - q1;
    double lo = q1 - k * iqr, hi = q3 + k * iqr;
    var flags = x.Select(v => v < lo || v > hi ? 1.0 : 0.0).ToArray();
    return new[] { flags, (double[])x.Clone() };
}
