// Forgets dilation: uses the undilated kernel size.
int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation) =>
    Math.Max(0, (inputSize + 2 * padding - kernel) / stride + 1);
