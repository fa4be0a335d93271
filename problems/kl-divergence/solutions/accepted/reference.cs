double KlDivergence(double[] p, double[] q)
{
    var sum = 0.0;
    for (var i = 0; i < p.Length; i++)
    {
        if (p[i] == 0) continue;
        if (q[i] == 0) return double.PositiveInfinity;
        sum += p[i] * Math.Log(p[i] / q[i]);
    }
    return sum;
}
