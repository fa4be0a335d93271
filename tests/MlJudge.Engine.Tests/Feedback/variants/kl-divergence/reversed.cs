// problem: kl-divergence
// expect: reversed-arguments
double KlDivergence(double[] p, double[] q)
{
    double d = 0;
    for (int i = 0; i < q.Length; i++)
    {
        if (q[i] == 0) continue;
        if (p[i] == 0) return double.PositiveInfinity;
        d += q[i] * (Math.Log(q[i]) - Math.Log(p[i]));
    }
    return d;
}
