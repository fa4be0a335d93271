// problem: max-pool2d
// expect: none
// Unrelated wrong (adversarial: right shape, wrong only when p > 0, like zero-padding): output size includes the padding but window (i, j) starts at image row i*s / column j*s, forgetting the "- p" shift (out-of-image cells skipped).
double[][][] MaxPool2d(double[][][] image, int kernel, int stride, int padding)
{
    int h = image[0].Length, w = image[0][0].Length;
    int outH = (h + 2 * padding - kernel) / stride + 1, outW = (w + 2 * padding - kernel) / stride + 1;
    return image.Select(ch => Enumerable.Range(0, outH).Select(i => Enumerable.Range(0, outW).Select(j =>
    {
        double best = double.NegativeInfinity;
        for (int u = 0; u < kernel; u++)
            for (int v = 0; v < kernel; v++)
            {
                int r = i * stride + u, q = j * stride + v;
                if (r < h && q < w) best = Math.Max(best, ch[r][q]);
            }
        return best;
    }).ToArray()).ToArray()).ToArray();
}
