// The raw-sums formula: catastrophic cancellation with large offsets.
double Pearson(double[] x, double[] y)
{
    double n = x.Length, sx = x.Sum(), sy = y.Sum();
    double sxy = x.Zip(y, (a, b) => a * b).Sum(), sxx = x.Sum(a => a * a), syy = y.Sum(b => b * b);
    var denominator = Math.Sqrt(n * sxx - sx * sx) * Math.Sqrt(n * syy - sy * sy);
    return denominator == 0 ? double.NaN : (n * sxy - sx * sy) / denominator;
}
