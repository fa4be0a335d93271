// problem: pearson-correlation
// expect: none
// Correct: one-pass Welford-style updates of the means, the co-moment and both second moments (numerically stable with large offsets), NaN for a constant sample by value comparison.
double Pearson(double[] x, double[] y)
{
    double mx = 0, my = 0, cxy = 0, mxx = 0, myy = 0;
    bool constX = true, constY = true;
    for (int i = 0; i < x.Length; i++)
    {
        constX &= x[i] == x[0];
        constY &= y[i] == y[0];
        double dx = x[i] - mx;
        mx += dx / (i + 1);
        double dy = y[i] - my;
        my += dy / (i + 1);
        cxy += dx * (y[i] - my);
        mxx += dx * (x[i] - mx);
        myy += dy * (y[i] - my);
    }
    return constX || constY ? double.NaN : cxy / Math.Sqrt(mxx * myy);
}
