// problem: receptive-field
// expect: none
// Unrelated bug: effective span taken as d*k instead of d*(k-1)+1 (too large by d-1 per dilated layer, exact when d=1); jump correct.
long[][] ReceptiveField(int[][] layers)
{
    var outp = new long[layers.Length][];
    long r = 1, j = 1;
    for (int l = 0; l < layers.Length; l++)
    {
        long kEff = (long)layers[l][2] * layers[l][0];
        r += (kEff - 1) * j;
        j *= layers[l][1];
        outp[l] = new long[] { r, j };
    }
    return outp;
}
