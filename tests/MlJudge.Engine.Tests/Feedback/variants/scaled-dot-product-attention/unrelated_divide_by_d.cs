// problem: scaled-dot-product-attention
// expect: none
// Unrelated wrong (adversarial to no-scaling: a wrong temperature too): divides the dot products by d instead of sqrt(d); otherwise stable and mask-correct.
double[][] ScaledDotProductAttention(double[][] q, double[][] k, double[][] v, bool[][] mask)
{
    int n = q.Length, m = k.Length, d = q[0].Length, dv = v[0].Length;
    var result = new double[n][];
    for (int i = 0; i < n; i++)
    {
        result[i] = new double[dv];
        var s = new double[m];
        double max = double.NegativeInfinity;
        for (int j = 0; j < m; j++)
        {
            if (mask.Length > 0 && !mask[i][j]) continue;
            double dot = 0;
            for (int t = 0; t < d; t++) dot += q[i][t] * k[j][t];
            s[j] = dot / d;
            max = Math.Max(max, s[j]);
        }
        if (double.IsNegativeInfinity(max)) continue;
        double sum = 0;
        var w = new double[m];
        for (int j = 0; j < m; j++) if (mask.Length == 0 || mask[i][j]) { w[j] = Math.Exp(s[j] - max); sum += w[j]; }
        for (int j = 0; j < m; j++) for (int t = 0; t < dv; t++) result[i][t] += w[j] / sum * v[j][t];
    }
    return result;
}
