// problem: positional-encoding
// expect: exponent-dimension-index
// Frequency uses the column index itself, 10000^(col/d), so each odd (cosine) column gets a different frequency from its sine partner.
double[][] PositionalEncoding(int seqLen, int dModel)
{
    var pe = new double[seqLen][];
    for (int pos = 0; pos < seqLen; pos++)
    {
        pe[pos] = new double[dModel];
        for (int col = 0; col < dModel; col++)
        {
            double angle = pos / Math.Pow(10000.0, (double)col / dModel);
            pe[pos][col] = col % 2 == 0 ? Math.Sin(angle) : Math.Cos(angle);
        }
    }
    return pe;
}
