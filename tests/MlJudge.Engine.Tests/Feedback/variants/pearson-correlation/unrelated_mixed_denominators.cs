// problem: pearson-correlation
// expect: none
// Unrelated wrong: sample covariance (divide by n - 1) over population standard deviations (divide by n), so r is scaled by n / (n - 1).
double Pearson(double[] x, double[] y)
{
    if (x.All(v => v == x[0]) || y.All(v => v == y[0])) return double.NaN;
    int n = x.Length;
    double mx = x.Average(), my = y.Average();
    double cov = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum() / (n - 1);
    double sx = Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) / n), sy = Math.Sqrt(y.Sum(b => (b - my) * (b - my)) / n);
    return cov / (sx * sy);
}
