// problem: scaled-dot-product-attention
// expect: no-max-shift
// LINQ per query: exponentiates the scaled scores of the allowed keys directly (no max subtraction); fully masked rows return zeros.
double[][] ScaledDotProductAttention(double[][] q, double[][] k, double[][] v, bool[][] mask)
{
    double scale = Math.Sqrt(q[0].Length);
    return Enumerable.Range(0, q.Length).Select(i =>
    {
        var e = Enumerable.Range(0, k.Length)
            .Select(j => mask.Length > 0 && !mask[i][j] ? 0.0 : Math.Exp(q[i].Zip(k[j], (a, b) => a * b).Sum() / scale))
            .ToArray();
        bool any = Enumerable.Range(0, k.Length).Any(j => mask.Length == 0 || mask[i][j]);
        if (!any) return new double[v[0].Length];
        double z = e.Sum();
        return Enumerable.Range(0, v[0].Length).Select(t => Enumerable.Range(0, k.Length).Sum(j => e[j] / z * v[j][t])).ToArray();
    }).ToArray();
}
