// problem: receptive-field
// expect: none
// Unrelated bug (index off by one): r is right but each row reports the jump BEFORE the layer instead of after it.
long[][] ReceptiveField(int[][] layers)
{
    var outp = new long[layers.Length][];
    long r = 1, j = 1;
    for (int l = 0; l < layers.Length; l++)
    {
        long kEff = (long)layers[l][2] * (layers[l][0] - 1) + 1;
        r += (kEff - 1) * j;
        outp[l] = new long[] { r, j };
        j *= layers[l][1];
    }
    return outp;
}
