// problem: avg-pool2d
// expect: none
// Correct, unusual: summed-area table over the zero-padded image, each window sum from four lookups, divided by k*k.
double[][][] AvgPool2d(double[][][] image, int kernel, int stride, int padding)
{
    int C = image.Length, H = image[0].Length, W = image[0][0].Length;
    int PH = H + 2 * padding, PW = W + 2 * padding;
    int ho = (PH - kernel) / stride + 1, wo = (PW - kernel) / stride + 1;
    var y = new double[C][][];
    for (int c = 0; c < C; c++)
    {
        var S = new double[PH + 1, PW + 1];
        for (int r = 0; r < PH; r++)
            for (int q = 0; q < PW; q++)
            {
                int ir = r - padding, iq = q - padding;
                double v = ir >= 0 && ir < H && iq >= 0 && iq < W ? image[c][ir][iq] : 0.0;
                S[r + 1, q + 1] = v + S[r, q + 1] + S[r + 1, q] - S[r, q];
            }
        y[c] = new double[ho][];
        for (int i = 0; i < ho; i++)
        {
            y[c][i] = new double[wo];
            for (int j = 0; j < wo; j++)
            {
                int r0 = i * stride, q0 = j * stride, r1 = r0 + kernel, q1 = q0 + kernel;
                y[c][i][j] = (S[r1, q1] - S[r0, q1] - S[r1, q0] + S[r0, q0]) / (kernel * kernel);
            }
        }
    }
    return y;
}
