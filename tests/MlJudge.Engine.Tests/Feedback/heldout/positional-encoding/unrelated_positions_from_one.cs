// problem: positional-encoding
// expect: none
// Unrelated bug (index off by one): positions numbered 1..seqLen instead of 0..seqLen-1, so every row is the next position's encoding.
double[][] PositionalEncoding(int seqLen, int dModel)
{
    var pe = new double[seqLen][];
    for (int row = 0; row < seqLen; row++)
    {
        int pos = row + 1;
        pe[row] = new double[dModel];
        for (int col = 0; col < dModel; col++)
        {
            double omega = Math.Pow(10000.0, -2.0 * (col / 2) / dModel);
            pe[row][col] = col % 2 == 0 ? Math.Sin(pos * omega) : Math.Cos(pos * omega);
        }
    }
    return pe;
}
