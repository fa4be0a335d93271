// problem: pearson-correlation
// expect: constant-gives-zero
// Detects a constant sample the right way (comparing values) but returns 0 for it instead of NaN; otherwise a centred two-pass loop.
double Pearson(double[] x, double[] y)
{
    bool flatX = true, flatY = true;
    for (int i = 1; i < x.Length; i++) { flatX &= x[i] == x[0]; flatY &= y[i] == y[0]; }
    if (flatX || flatY) return 0.0;
    double mx = 0, my = 0;
    for (int i = 0; i < x.Length; i++) { mx += x[i]; my += y[i]; }
    mx /= x.Length; my /= y.Length;
    double cov = 0, vx = 0, vy = 0;
    for (int i = 0; i < x.Length; i++)
    {
        cov += (x[i] - mx) * (y[i] - my);
        vx += (x[i] - mx) * (x[i] - mx);
        vy += (y[i] - my) * (y[i] - my);
    }
    return cov / (Math.Sqrt(vx) * Math.Sqrt(vy));
}
