// problem: max-pool2d
// expect: ceil-mode
// Counts windows with Math.Ceiling on a double quotient (ceil mode), so a partial last window that sticks out past the padding is kept; max over the in-image cells only.
double[][][] MaxPool2d(double[][][] image, int kernel, int stride, int padding)
{
    int C = image.Length, H = image[0].Length, W = image[0][0].Length;
    int outH = (int)Math.Ceiling((H + 2.0 * padding - kernel) / stride) + 1;
    int outW = (int)Math.Ceiling((W + 2.0 * padding - kernel) / stride) + 1;
    var y = new double[C][][];
    for (int c = 0; c < C; c++)
    {
        y[c] = new double[outH][];
        for (int i = 0; i < outH; i++)
        {
            y[c][i] = new double[outW];
            for (int j = 0; j < outW; j++)
            {
                int r0 = Math.Max(i * stride - padding, 0), r1 = Math.Min(i * stride - padding + kernel, H);
                int q0 = Math.Max(j * stride - padding, 0), q1 = Math.Min(j * stride - padding + kernel, W);
                double m = double.NegativeInfinity;
                for (int r = r0; r < r1; r++)
                    for (int q = q0; q < q1; q++)
                        if (image[c][r][q] > m) m = image[c][r][q];
                y[c][i][j] = m;
            }
        }
    }
    return y;
}
