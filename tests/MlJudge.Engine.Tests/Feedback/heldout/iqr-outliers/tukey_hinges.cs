// problem: iqr-outliers
// expect: quartiles-median-of-halves
// Quartiles as medians of the lower and upper halves (middle element excluded for odd n), i.e. Tukey-style hinges instead of linear interpolation.
double[][] IqrOutliers(double[] x, double k)
{
    int n = x.Length;
    var s = x.OrderBy(v => v).ToArray();
    double Median(int start, int len)
    {
        if (len <= 0) return s[start];
        int mid = start + len / 2;
        return len % 2 == 1 ? s[mid] : 0.5 * (s[mid - 1] + s[mid]);
    }
    int half = n / 2;
    double q1 = n == 1 ? s[0] : Median(0, half);
    double q3 = n == 1 ? s[0] : Median(n - half, half);
    double iqr = q3 - q1, lo = q1 - k * iqr, hi = q3 + k * iqr;
    var flags = x.Select(v => v < lo || v > hi ? 1.0 : 0.0).ToArray();
    var clipped = x.Select(v => v < lo ? lo : v > hi ? hi : v).ToArray();
    return new[] { flags, clipped };
}
