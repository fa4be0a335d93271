// problem: positional-encoding
// expect: swapped-sin-cos
// Right pair frequencies, but even columns get the cosine and odd columns the sine (the odd-d last column is also a cosine).
double[][] PositionalEncoding(int seqLen, int dModel)
{
    var pe = new double[seqLen][];
    for (int pos = 0; pos < seqLen; pos++)
    {
        pe[pos] = new double[dModel];
        for (int col = 0; col < dModel; col++)
        {
            int i = col / 2;
            double angle = pos * Math.Pow(10000.0, -2.0 * i / dModel);
            pe[pos][col] = (col & 1) == 0 ? Math.Cos(angle) : Math.Sin(angle);
        }
    }
    return pe;
}
