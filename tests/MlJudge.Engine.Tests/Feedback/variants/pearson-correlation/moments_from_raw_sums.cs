// problem: pearson-correlation
// expect: one-pass-sums
// Single loop of raw sums, then cov = E[xy] - E[x]E[y] and var = E[x^2] - E[x]^2 (the same cancellation, written as means); constant samples checked by value.
double Pearson(double[] x, double[] y)
{
    if (x.All(v => v == x[0]) || y.All(v => v == y[0])) return double.NaN;
    double n = x.Length, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (int i = 0; i < x.Length; i++)
    {
        sx += x[i]; sy += y[i];
        sxx += x[i] * x[i]; syy += y[i] * y[i]; sxy += x[i] * y[i];
    }
    double ex = sx / n, ey = sy / n;
    double cov = sxy / n - ex * ey;
    double varX = sxx / n - ex * ex, varY = syy / n - ey * ey;
    return cov / Math.Sqrt(varX * varY);
}
