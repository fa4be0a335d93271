// problem: avg-pool2d
// expect: padding-excluded-from-mean
// Divides each window by the number of in-image cells it covers (count_include_pad=False), so border means are too large in magnitude.
double[][][] AvgPool2d(double[][][] image, int kernel, int stride, int padding)
{
    var result = new double[image.Length][][];
    for (int c = 0; c < image.Length; c++)
    {
        var ch = image[c];
        int H = ch.Length, W = ch[0].Length;
        int ho = (H + 2 * padding - kernel) / stride + 1, wo = (W + 2 * padding - kernel) / stride + 1;
        result[c] = new double[ho][];
        for (int i = 0; i < ho; i++)
        {
            result[c][i] = new double[wo];
            int r0 = Math.Max(0, i * stride - padding), r1 = Math.Min(H, i * stride - padding + kernel);
            for (int j = 0; j < wo; j++)
            {
                int c0 = Math.Max(0, j * stride - padding), c1 = Math.Min(W, j * stride - padding + kernel);
                double s = 0;
                for (int r = r0; r < r1; r++)
                    for (int q = c0; q < c1; q++) s += ch[r][q];
                result[c][i][j] = s / ((r1 - r0) * (c1 - c0));
            }
        }
    }
    return result;
}
