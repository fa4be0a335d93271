// problem: vector-norms
// expect: l0-counts-length
double[] Norms(double[] x)
{
    double l1 = 0, inf = 0;
    foreach (var v in x) { l1 += Math.Abs(v); inf = Math.Max(inf, Math.Abs(v)); }
    double s = 0;
    if (inf > 0) foreach (var v in x) s += (v / inf) * (v / inf);
    return new double[] { x.Length, l1, inf * Math.Sqrt(s), inf };
}
