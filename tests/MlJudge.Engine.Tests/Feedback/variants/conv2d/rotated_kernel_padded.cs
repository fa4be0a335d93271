// problem: conv2d
// expect: flipped-kernel
// Builds an explicitly zero-padded image and a 180-degree rotated copy of every kernel (textbook convolution), then slides it: kernel flipped.
double[][][] Conv2d(double[][][] input, double[][][] weights, double[] bias, int kernelH, int kernelW, int stride, int padding)
{
    int C = input.Length, H = input[0].Length, W = input[0][0].Length;
    int PH = H + 2 * padding, PW = W + 2 * padding;
    var padded = new double[C, PH, PW];
    for (int c = 0; c < C; c++)
        for (int r = 0; r < H; r++)
            for (int q = 0; q < W; q++)
                padded[c, r + padding, q + padding] = input[c][r][q];
    int outH = (PH - kernelH) / stride + 1, outW = (PW - kernelW) / stride + 1;
    var result = new double[weights.Length][][];
    for (int o = 0; o < weights.Length; o++)
    {
        var rotated = new double[C][];
        for (int c = 0; c < C; c++)
        {
            rotated[c] = new double[kernelH * kernelW];
            for (int t = 0; t < kernelH * kernelW; t++) rotated[c][t] = weights[o][c][kernelH * kernelW - 1 - t];
        }
        result[o] = new double[outH][];
        for (int i = 0; i < outH; i++)
        {
            result[o][i] = new double[outW];
            for (int j = 0; j < outW; j++)
            {
                double acc = 0;
                for (int c = 0; c < C; c++)
                    for (int u = 0; u < kernelH; u++)
                        for (int v = 0; v < kernelW; v++)
                            acc += padded[c, i * stride + u, j * stride + v] * rotated[c][u * kernelW + v];
                result[o][i][j] = acc + bias[o];
            }
        }
    }
    return result;
}
