// problem: conv-output-size
// expect: none
// Correct: floating-point floor division (exact here: operands below 2^53 and quotients never round across an integer), so a negative numerator floors to -1 and gives 0 without a branch.
int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
{
    double numerator = (double)inputSize + 2.0 * padding - (double)dilation * (kernel - 1) - 1.0;
    long windows = (long)Math.Floor(numerator / stride) + 1;
    return (int)Math.Max(0, windows);
}
