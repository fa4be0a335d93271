// problem: conv-output-size
// expect: none
// Unrelated wrong (adversarial to rounds-up: also one too large on some inputs): drops the "- 1", using H + 2p - d(k - 1) as the numerator.
int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
{
    long numerator = (long)inputSize + 2L * padding - (long)dilation * (kernel - 1);
    if (numerator < 1) return 0;
    return (int)(numerator / stride + 1);
}
