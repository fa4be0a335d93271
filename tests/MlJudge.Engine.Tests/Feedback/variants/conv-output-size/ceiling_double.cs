// problem: conv-output-size
// expect: rounds-up
// Uses Math.Ceiling on a double quotient (ceil mode) after checking that the dilated kernel fits.
int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
{
    long numerator = inputSize + 2L * padding - (long)dilation * (kernel - 1) - 1;
    if (numerator < 0) return 0;
    return (int)Math.Ceiling(numerator / (double)stride) + 1;
}
