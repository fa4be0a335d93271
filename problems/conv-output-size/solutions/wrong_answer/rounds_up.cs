// Rounds the division up (ceil mode) instead of down.
int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
{
    var numerator = inputSize + 2 * padding - dilation * (kernel - 1) - 1;
    return numerator < 0 ? 0 : (numerator + stride - 1) / stride + 1;
}
