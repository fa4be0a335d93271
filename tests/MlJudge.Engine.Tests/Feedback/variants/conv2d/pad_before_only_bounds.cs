// problem: conv2d
// expect: one-sided-padding
// No padded copy: reads through a bounds-checked accessor, but counts the padded extent as H + p (zeros only before the image), so the last rows/columns of windows are missing.
double[][][] Conv2d(double[][][] input, double[][][] weights, double[] bias, int kernelH, int kernelW, int stride, int padding)
{
    int channels = input.Length, h = input[0].Length, w = input[0][0].Length;
    double At(int c, int r, int q) => r < 0 || q < 0 || r >= h || q >= w ? 0.0 : input[c][r][q];
    int outH = (h + padding - kernelH) / stride + 1;
    int outW = (w + padding - kernelW) / stride + 1;
    var y = new double[weights.Length][][];
    for (int o = 0; o < weights.Length; o++)
    {
        y[o] = new double[Math.Max(outH, 0)][];
        for (int i = 0; i < y[o].Length; i++)
        {
            y[o][i] = new double[Math.Max(outW, 0)];
            for (int j = 0; j < y[o][i].Length; j++)
            {
                double s = bias[o];
                for (int c = 0; c < channels; c++)
                    for (int u = 0; u < kernelH; u++)
                        for (int v = 0; v < kernelW; v++)
                            s += weights[o][c][u * kernelW + v] * At(c, i * stride + u - padding, j * stride + v - padding);
                y[o][i][j] = s;
            }
        }
    }
    return y;
}
