int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
{
    long span = (long)dilation * (kernel - 1) + 1;
    long padded = inputSize + 2L * padding;
    return padded < span ? 0 : (int)((padded - span) / stride + 1);
}
