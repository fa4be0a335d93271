// problem: iqr-outliers
// expect: quartiles-median-of-halves
// Quartiles as medians of the lower and upper halves (middle element left out for odd n), via index arithmetic (s[(h-1)/2] + s[h/2]) / 2 instead of linear interpolation.
double[][] IqrOutliers(double[] x, double k)
{
    int n = x.Length;
    var s = x.OrderBy(v => v).ToArray();
    double q1, q3;
    if (n == 1) { q1 = q3 = s[0]; }
    else
    {
        int h = n / 2, up = n - h;
        q1 = (s[(h - 1) / 2] + s[h / 2]) / 2.0;
        q3 = (s[up + (h - 1) / 2] + s[up + h / 2]) / 2.0;
    }
    double iqr = q3 - q1, lo = q1 - k * iqr, hi = q3 + k * iqr;
    var flags = x.Select(v => v < lo || v > hi ? 1.0 : 0.0).ToArray();
    var clipped = x.Select(v => v < lo ? lo : v > hi ? hi : v).ToArray();
    return new[] { flags, clipped };
}
