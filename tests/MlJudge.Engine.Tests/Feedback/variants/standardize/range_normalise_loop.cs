// problem: standardize
// expect: min-max-scaling
// Loop form: (x - min) / (max - min) per column, constant columns (max == min) mapped to 0 - min-max normalisation instead of z-scores.
double[][] Standardize(double[][] x)
{
    int n = x.Length, d = x[0].Length;
    var z = new double[n][];
    for (int i = 0; i < n; i++) z[i] = new double[d];
    for (int j = 0; j < d; j++)
    {
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        for (int i = 0; i < n; i++) { lo = Math.Min(lo, x[i][j]); hi = Math.Max(hi, x[i][j]); }
        double range = hi - lo;
        for (int i = 0; i < n; i++) z[i][j] = range > 0 ? (x[i][j] - lo) / range : 0;
    }
    return z;
}
