// Centres first (right), but detects a constant sample by its centred sum of squares being 0: rounding
// leaves [0.1, 0.1, 0.1] a spread of ~6e-34, and r comes out as a finite number instead of NaN.
double Pearson(double[] x, double[] y)
{
    double mx = x.Average(), my = y.Average();
    double sxy = 0, sxx = 0, syy = 0;
    for (var i = 0; i < x.Length; i++)
    {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
}
