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
    // Constant means all values equal: rounding can leave [0.1, 0.1, 0.1] a tiny non-zero spread.
    var constant = x.All(v => v == x[0]) || y.All(v => v == y[0]);
    return constant ? double.NaN : sxy / Math.Sqrt(sxx * syy);
}
