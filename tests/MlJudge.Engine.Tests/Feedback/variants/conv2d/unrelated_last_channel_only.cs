// problem: conv2d
// expect: none
// Unrelated wrong: the accumulator is reset inside the channel loop, so only the last input channel contributes (right when C = 1).
double[][][] Conv2d(double[][][] input, double[][][] weights, double[] bias, int kernelH, int kernelW, int stride, int padding)
{
    int C = input.Length, H = input[0].Length, W = input[0][0].Length;
    int outH = (H + 2 * padding - kernelH) / stride + 1, outW = (W + 2 * padding - kernelW) / stride + 1;
    var y = new double[weights.Length][][];
    for (int o = 0; o < weights.Length; o++)
    {
        y[o] = new double[outH][];
        for (int i = 0; i < outH; i++)
        {
            y[o][i] = new double[outW];
            for (int j = 0; j < outW; j++)
            {
                double s = 0;
                for (int c = 0; c < C; c++)
                {
                    s = bias[o];
                    for (int u = 0; u < kernelH; u++)
                        for (int v = 0; v < kernelW; v++)
                        {
                            int r = i * stride + u - padding, q = j * stride + v - padding;
                            if (r >= 0 && r < H && q >= 0 && q < W) s += input[c][r][q] * weights[o][c][u * kernelW + v];
                        }
                }
                y[o][i][j] = s;
            }
        }
    }
    return y;
}
