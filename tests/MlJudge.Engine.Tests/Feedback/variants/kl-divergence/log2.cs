// problem: kl-divergence
// expect: log-base-2
double KlDivergence(double[] p, double[] q)
{
    double d = 0;
    for (int i = 0; i < p.Length; i++)
    {
        if (p[i] <= 0) continue;
        if (q[i] <= 0) return double.PositiveInfinity;
        d += p[i] * Math.Log2(p[i] / q[i]);
    }
    return d;
}
