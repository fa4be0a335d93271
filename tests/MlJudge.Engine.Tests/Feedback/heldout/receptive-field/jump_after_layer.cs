// problem: receptive-field
// expect: growth-uses-current-stride
// Updates the jump first and then scales the layer's growth by it, i.e. by the jump that already includes this layer's stride.
long[][] ReceptiveField(int[][] layers)
{
    var outp = new long[layers.Length][];
    long r = 1, j = 1;
    for (int l = 0; l < layers.Length; l++)
    {
        long k = layers[l][0], s = layers[l][1], d = layers[l][2];
        j *= s;
        r += d * (k - 1) * j;
        outp[l] = new long[] { r, j };
    }
    return outp;
}
