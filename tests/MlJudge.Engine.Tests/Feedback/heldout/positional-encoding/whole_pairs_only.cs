// problem: positional-encoding
// expect: odd-dmodel-last-column
// Iterates i < dModel/2 over whole pairs only, so with odd dModel the last (sine) column stays 0.
double[][] PositionalEncoding(int seqLen, int dModel)
{
    var pe = new double[seqLen][];
    for (int pos = 0; pos < seqLen; pos++)
    {
        pe[pos] = new double[dModel];
        for (int i = 0; i < dModel / 2; i++)
        {
            double omega = 1.0 / Math.Pow(10000.0, 2.0 * i / dModel);
            pe[pos][2 * i] = Math.Sin(pos * omega);
            pe[pos][2 * i + 1] = Math.Cos(pos * omega);
        }
    }
    return pe;
}
