// Returns 0 for a constant sample instead of NaN.
double Pearson(double[] x, double[] y)
{
    double mx = x.Average(), my = y.Average();
    double sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
    double sxx = x.Sum(a => (a - mx) * (a - mx)), syy = y.Sum(b => (b - my) * (b - my));
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
}
