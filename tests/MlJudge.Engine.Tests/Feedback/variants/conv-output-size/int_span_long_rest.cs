// problem: conv-output-size
// expect: int-overflow
// Computes the dilation term (k - 1) * d in a 32-bit int (wraps for large k and d), and only the rest of the formula in long.
int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
{
    int reach = (kernel - 1) * dilation;
    long rest = (long)inputSize + 2L * padding - reach - 1;
    if (rest < 0) return 0;
    return (int)(rest / stride + 1);
}
