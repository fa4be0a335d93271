// problem: positional-encoding
// expect: none
// Correct, unusual: fills column by column, frequency via exp(-(2i/d) ln 10000), sine/cosine pair written together.
double[][] PositionalEncoding(int seqLen, int dModel)
{
    var pe = new double[seqLen][];
    for (int p = 0; p < seqLen; p++) pe[p] = new double[dModel];
    double ln = Math.Log(10000.0);
    for (int even = 0; even < dModel; even += 2)
    {
        double w = Math.Exp(-ln * even / dModel);
        bool hasOdd = even + 1 < dModel;
        for (int p = 0; p < seqLen; p++)
        {
            pe[p][even] = Math.Sin(p * w);
            if (hasOdd) pe[p][even + 1] = Math.Cos(p * w);
        }
    }
    return pe;
}
