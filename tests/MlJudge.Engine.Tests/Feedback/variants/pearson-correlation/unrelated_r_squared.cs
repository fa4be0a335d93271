// problem: pearson-correlation
// expect: none
// Unrelated wrong (adversarial: right whenever r is 0 or +1): returns r squared, the coefficient of determination, losing the sign.
double Pearson(double[] x, double[] y)
{
    if (x.All(v => v == x[0]) || y.All(v => v == y[0])) return double.NaN;
    double mx = x.Average(), my = y.Average();
    double sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
    double sxx = x.Sum(a => (a - mx) * (a - mx)), syy = y.Sum(b => (b - my) * (b - my));
    return sxy * sxy / (sxx * syy);
}
