// problem: conv-output-size
// expect: truncating-division
// Long arithmetic; divides the (possibly negative) numerator with C#'s truncating '/', adds one, and only then clamps negatives to 0.
int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
{
    long top = (long)inputSize + 2L * padding - (long)dilation * (kernel - 1) - 1;
    long count = top / stride + 1;
    return count < 0 ? 0 : (int)count;
}
