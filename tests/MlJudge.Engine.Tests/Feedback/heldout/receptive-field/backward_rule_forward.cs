// problem: receptive-field
// expect: top-down-rule-bottom-up
// Walks from the input upward but applies the top-down recurrence r <- s*r + (k_eff - s), scaling the wrong layers by the strides.
long[][] ReceptiveField(int[][] layers)
{
    int n = layers.Length;
    var outp = new long[n][];
    long r = 1, j = 1;
    for (int l = 0; l < n; l++)
    {
        long s = layers[l][1];
        long kEff = (long)layers[l][2] * (layers[l][0] - 1) + 1;
        r = s * r + (kEff - s);
        j = j * s;
        outp[l] = new long[] { r, j };
    }
    return outp;
}
