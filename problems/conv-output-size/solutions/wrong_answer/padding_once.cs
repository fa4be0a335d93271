// Pads only one side (p instead of 2p).
int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
{
    var numerator = inputSize + padding - dilation * (kernel - 1) - 1;
    return numerator < 0 ? 0 : numerator / stride + 1;
}
