// problem: scaled-dot-product-attention
// expect: none
// Unrelated wrong (adversarial to masked-fill-large-negative: fails on the same fully masked rows): skips hidden keys correctly but never special-cases an all-hidden row, so it returns 0/0 = NaN there (not the mean of the values).
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
            s[j] = dot / Math.Sqrt(d);
            max = Math.Max(max, s[j]);
        }
        double sum = 0;
        var w = new double[m];
        for (int j = 0; j < m; j++) if (mask.Length == 0 || mask[i][j]) { w[j] = Math.Exp(s[j] - max); sum += w[j]; }
        for (int t = 0; t < dv; t++)
        {
            double acc = 0;
            for (int j = 0; j < m; j++) acc += w[j] * v[j][t];
            result[i][t] = acc / sum;
        }
    }
    return result;
}
