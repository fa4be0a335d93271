// problem: conv-output-size
// expect: ignores-dilation
// 64-bit arithmetic with a proper fit check before dividing, but the kernel's span is taken as k (dilation never used).
int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
{
    long padded = (long)inputSize + 2L * padding;
    if (padded < kernel) return 0;
    return (int)((padded - kernel) / stride + 1);
}
