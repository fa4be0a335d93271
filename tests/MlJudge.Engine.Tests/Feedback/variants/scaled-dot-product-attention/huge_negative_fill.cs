// problem: scaled-dot-product-attention
// expect: masked-fill-large-negative
// Replaces hidden scores with -1e30 and runs one stable softmax over the full row: fine for partly masked rows, but a fully masked row becomes the plain mean of all values.
double[][] ScaledDotProductAttention(double[][] q, double[][] k, double[][] v, bool[][] mask)
{
    const double Hidden = -1e30;
    int m = k.Length, d = q[0].Length, dv = v[0].Length;
    double inv = 1.0 / Math.Sqrt(d);
    var result = new double[q.Length][];
    for (int i = 0; i < q.Length; i++)
    {
        var row = new double[m];
        for (int j = 0; j < m; j++)
        {
            bool visible = mask.Length == 0 || mask[i][j];
            double dot = 0;
            for (int t = 0; t < d; t++) dot += q[i][t] * k[j][t];
            row[j] = visible ? dot * inv : Hidden;
        }
        double mx = row.Max();
        double total = 0;
        for (int j = 0; j < m; j++) { row[j] = Math.Exp(row[j] - mx); total += row[j]; }
        result[i] = new double[dv];
        for (int j = 0; j < m; j++)
            for (int t = 0; t < dv; t++) result[i][t] += row[j] * v[j][t] / total;
    }
    return result;
}
