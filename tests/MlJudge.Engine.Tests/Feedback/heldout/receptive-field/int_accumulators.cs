// problem: receptive-field
// expect: int-overflow
// Correct recurrence but r and j are int accumulators (stored into long only at the end), so deep strided stacks wrap around.
long[][] ReceptiveField(int[][] layers)
{
    var outp = new long[layers.Length][];
    int r = 1, j = 1;
    for (int l = 0; l < layers.Length; l++)
    {
        int kEff = layers[l][2] * (layers[l][0] - 1) + 1;
        r = r + (kEff - 1) * j;
        j = j * layers[l][1];
        outp[l] = new long[] { r, j };
    }
    return outp;
}
