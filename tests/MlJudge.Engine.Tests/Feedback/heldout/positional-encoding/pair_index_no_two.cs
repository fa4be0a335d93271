// problem: positional-encoding
// expect: exponent-missing-factor-two
// Loops over pairs i and uses omega_i = 10000^(-i/d) (missing the factor 2), so frequencies decay too slowly; odd d handled.
double[][] PositionalEncoding(int seqLen, int dModel)
{
    var table = new double[seqLen][];
    for (int p = 0; p < seqLen; p++)
    {
        var row = new double[dModel];
        for (int i = 0; 2 * i < dModel; i++)
        {
            double w = Math.Exp(-Math.Log(10000.0) * i / dModel);
            row[2 * i] = Math.Sin(p * w);
            if (2 * i + 1 < dModel) row[2 * i + 1] = Math.Cos(p * w);
        }
        table[p] = row;
    }
    return table;
}
