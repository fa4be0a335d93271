// Right floor handling, but in 32-bit arithmetic: dilation * (kernel - 1) overflows for large kernels.
int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
{
    int span = dilation * (kernel - 1) + 1;
    int padded = inputSize + 2 * padding;
    return padded < span ? 0 : (padded - span) / stride + 1;
}
