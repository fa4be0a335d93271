// problem: receptive-field
// expect: none
// Correct, unusual: first builds all jumps as prefix products, then r as 1 + running sum of (k_eff-1) * jumps[l-1], in two passes.
long[][] ReceptiveField(int[][] layers)
{
    int n = layers.Length;
    var jumps = new long[n + 1];
    jumps[0] = 1;
    for (int l = 0; l < n; l++) jumps[l + 1] = jumps[l] * layers[l][1];
    var outp = new long[n][];
    long sum = 0;
    for (int l = 0; l < n; l++)
    {
        sum += ((long)layers[l][2] * layers[l][0] - layers[l][2]) * jumps[l];
        outp[l] = new long[] { 1 + sum, jumps[l + 1] };
    }
    return outp;
}
