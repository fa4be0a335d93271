int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
{
    throw new NotImplementedException();
}
