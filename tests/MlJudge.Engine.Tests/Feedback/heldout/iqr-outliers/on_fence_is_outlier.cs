// problem: iqr-outliers
// expect: fence-inclusive
// Type-7 quartiles from a sorted copy and correct clipping, but flags use x <= L || x >= U, so values exactly on a fence are flagged.
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
    var flags = new double[n];
    var clipped = new double[n];
    for (int i = 0; i < n; i++)
    {
        flags[i] = x[i] <= lo || x[i] >= hi ? 1 : 0;
        clipped[i] = Math.Min(Math.Max(x[i], lo), hi);
    }
    return new[] { flags, clipped };
}
