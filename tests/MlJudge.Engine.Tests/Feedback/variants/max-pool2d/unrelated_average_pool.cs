// problem: max-pool2d
// expect: none
// Unrelated wrong: averages the in-image cells of each window (average pooling, padding excluded) instead of taking the maximum.
double[][][] MaxPool2d(double[][][] image, int kernel, int stride, int padding)
{
    int h = image[0].Length, w = image[0][0].Length;
    int outH = (h + 2 * padding - kernel) / stride + 1, outW = (w + 2 * padding - kernel) / stride + 1;
    return image.Select(ch => Enumerable.Range(0, outH).Select(i => Enumerable.Range(0, outW).Select(j =>
    {
        double sum = 0; int count = 0;
        for (int u = 0; u < kernel; u++)
            for (int v = 0; v < kernel; v++)
            {
                int r = i * stride + u - padding, q = j * stride + v - padding;
                if (r >= 0 && r < h && q >= 0 && q < w) { sum += ch[r][q]; count++; }
            }
        return sum / count;
    }).ToArray()).ToArray()).ToArray();
}
