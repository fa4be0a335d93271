// problem: conv2d
// expect: none
// Unrelated wrong (adversarial to flipped-kernel: also right for symmetric kernels): reads the kernel column-major, w[v * kernelH + u], i.e. transposed, not flipped.
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
                double s = bias[o];
                for (int c = 0; c < C; c++)
                    for (int u = 0; u < kernelH; u++)
                        for (int v = 0; v < kernelW; v++)
                        {
                            int r = i * stride + u - padding, q = j * stride + v - padding;
                            if (r >= 0 && r < H && q >= 0 && q < W) s += input[c][r][q] * weights[o][c][v * kernelH + u];
                        }
                y[o][i][j] = s;
            }
        }
    }
    return y;
}
