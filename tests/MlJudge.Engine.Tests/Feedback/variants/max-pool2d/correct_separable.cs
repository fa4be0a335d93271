// problem: max-pool2d
// expect: none
// Correct: separable max - first the max over each horizontal run of k cells (per image row), then the max of k such row results vertically; padding cells never enter.
double[][][] MaxPool2d(double[][][] image, int kernel, int stride, int padding)
{
    int H = image[0].Length, W = image[0][0].Length;
    int outH = (H + 2 * padding - kernel) / stride + 1, outW = (W + 2 * padding - kernel) / stride + 1;
    var result = new double[image.Length][][];
    for (int c = 0; c < image.Length; c++)
    {
        var rowMax = new double[H, outW];
        for (int r = 0; r < H; r++)
            for (int j = 0; j < outW; j++)
            {
                double m = double.NegativeInfinity;
                for (int v = 0; v < kernel; v++)
                {
                    int q = j * stride + v - padding;
                    if (q >= 0 && q < W && image[c][r][q] > m) m = image[c][r][q];
                }
                rowMax[r, j] = m;
            }
        result[c] = new double[outH][];
        for (int i = 0; i < outH; i++)
        {
            result[c][i] = new double[outW];
            for (int j = 0; j < outW; j++)
            {
                double m = double.NegativeInfinity;
                for (int u = 0; u < kernel; u++)
                {
                    int r = i * stride + u - padding;
                    if (r >= 0 && r < H && rowMax[r, j] > m) m = rowMax[r, j];
                }
                result[c][i][j] = m;
            }
        }
    }
    return result;
}
