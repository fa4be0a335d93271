// problem: positional-encoding
// expect: none
// Unrelated bug: base 1000 instead of 10000 in the frequency (typo); pairing, factor 2, sin/cos order and odd d all right.
double[][] PositionalEncoding(int seqLen, int dModel)
{
    var pe = new double[seqLen][];
    for (int pos = 0; pos < seqLen; pos++)
    {
        pe[pos] = new double[dModel];
        for (int col = 0; col < dModel; col++)
        {
            int i = col / 2;
            double angle = pos / Math.Pow(1000.0, 2.0 * i / dModel);
            pe[pos][col] = col % 2 == 0 ? Math.Sin(angle) : Math.Cos(angle);
        }
    }
    return pe;
}
