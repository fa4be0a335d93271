// problem: scaled-dot-product-attention
// expect: softmax-wrong-axis
// Builds the n x m weight matrix with exp(score - global max) (masked entries 0), then divides each COLUMN by its sum (softmax over queries); all-zero columns stay zero.
double[][] ScaledDotProductAttention(double[][] q, double[][] k, double[][] v, bool[][] mask)
{
    int n = q.Length, m = k.Length, d = q[0].Length, dv = v[0].Length;
    var s = new double[n, m];
    double globalMax = double.NegativeInfinity;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
        {
            double dot = 0;
            for (int t = 0; t < d; t++) dot += q[i][t] * k[j][t];
            s[i, j] = dot / Math.Sqrt(d);
            if ((mask.Length == 0 || mask[i][j]) && s[i, j] > globalMax) globalMax = s[i, j];
        }
    var w = new double[n, m];
    for (int j = 0; j < m; j++)
    {
        double colMax = double.NegativeInfinity;
        for (int i = 0; i < n; i++) if (mask.Length == 0 || mask[i][j]) colMax = Math.Max(colMax, s[i, j]);
        double sum = 0;
        for (int i = 0; i < n; i++)
            if (mask.Length == 0 || mask[i][j]) { w[i, j] = Math.Exp(s[i, j] - colMax); sum += w[i, j]; }
        if (sum > 0) for (int i = 0; i < n; i++) w[i, j] /= sum;
    }
    var outp = new double[n][];
    for (int i = 0; i < n; i++)
    {
        outp[i] = new double[dv];
        for (int j = 0; j < m; j++)
            if (w[i, j] != 0) for (int t = 0; t < dv; t++) outp[i][t] += w[i, j] * v[j][t];
    }
    return outp;
}
