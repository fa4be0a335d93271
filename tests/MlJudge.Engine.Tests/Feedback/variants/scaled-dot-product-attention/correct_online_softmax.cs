// problem: scaled-dot-product-attention
// expect: none
// Correct: single-pass "online softmax" (FlashAttention style) - keeps a running max, running normaliser and running weighted sum, rescaling both when the max grows.
double[][] ScaledDotProductAttention(double[][] q, double[][] k, double[][] v, bool[][] mask)
{
    int d = q[0].Length, dv = v[0].Length;
    double scale = 1 / Math.Sqrt(d);
    var outRows = new double[q.Length][];
    for (int i = 0; i < q.Length; i++)
    {
        double runMax = double.NegativeInfinity, norm = 0;
        var acc = new double[dv];
        for (int j = 0; j < k.Length; j++)
        {
            if (mask.Length != 0 && !mask[i][j]) continue;
            double s = 0;
            for (int t = 0; t < d; t++) s += q[i][t] * k[j][t];
            s *= scale;
            if (s > runMax)
            {
                double shrink = double.IsNegativeInfinity(runMax) ? 0 : Math.Exp(runMax - s);
                norm *= shrink;
                for (int t = 0; t < dv; t++) acc[t] *= shrink;
                runMax = s;
            }
            double w = Math.Exp(s - runMax);
            norm += w;
            for (int t = 0; t < dv; t++) acc[t] += w * v[j][t];
        }
        outRows[i] = norm == 0 ? new double[dv] : acc.Select(a => a / norm).ToArray();
    }
    return outRows;
}
