// problem: conv2d
// expect: output-size-off-by-one
// LINQ form that first counts the stride-1 window positions (n - k + 1) and divides that count by the stride, dropping a valid last window when stride > 1.
double[][][] Conv2d(double[][][] input, double[][][] weights, double[] bias, int kernelH, int kernelW, int stride, int padding)
{
    int C = input.Length, H = input[0].Length, W = input[0][0].Length;
    int positionsH = H + 2 * padding - kernelH + 1, positionsW = W + 2 * padding - kernelW + 1;
    int outH = positionsH / stride, outW = positionsW / stride;
    double Pixel(int c, int r, int q)
    {
        r -= padding; q -= padding;
        return (uint)r < (uint)H && (uint)q < (uint)W ? input[c][r][q] : 0;
    }
    return weights.Select((filter, o) =>
        Enumerable.Range(0, outH).Select(i =>
            Enumerable.Range(0, outW).Select(j =>
                bias[o] + Enumerable.Range(0, C).Sum(c =>
                    Enumerable.Range(0, kernelH * kernelW).Sum(t => filter[c][t] * Pixel(c, i * stride + t / kernelW, j * stride + t % kernelW)))
            ).ToArray()).ToArray()).ToArray();
}
