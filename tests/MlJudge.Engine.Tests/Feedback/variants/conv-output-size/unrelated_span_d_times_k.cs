// problem: conv-output-size
// expect: none
// Unrelated wrong (adversarial to ignores-dilation: identical when d = 1, wrong only when d > 1): takes the dilated span as d * k instead of d * (k - 1) + 1.
int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
{
    long span = (long)dilation * kernel;
    long padded = (long)inputSize + 2L * padding;
    return padded < span ? 0 : (int)((padded - span) / stride + 1);
}
