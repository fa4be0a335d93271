// Computes D(q || p) instead of D(p || q).
double KlDivergence(double[] p, double[] q)
{
    var sum = 0.0;
    for (var i = 0; i < p.Length; i++)
    {
        if (q[i] == 0) continue;
        if (p[i] == 0) return double.PositiveInfinity;
        sum += q[i] * Math.Log(q[i] / p[i]);
    }
    return sum;
}
