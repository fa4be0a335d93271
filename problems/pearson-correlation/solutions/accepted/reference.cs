double Pearson(double[] x, double[] y)
{
    double mx = x.Average(), my = y.Average();
    double sxy = 0, sxx = 0, syy = 0;
    for (var i = 0; i < x.Length; i++)
    {
        var dx = x[i] - mx;
        var dy = y[i] - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
}
