// problem: depthwise-separable-cost
// expect: macs-at-input-resolution
// Parameters right, but every MAC count multiplies by H*W of the input instead of the strided/padded output size.
long[] SeparableConvCost(int inChannels, int outChannels, int kernel, int height, int width, int stride, int padding, bool bias)
{
    long kk = (long)kernel * kernel;
    long pixels = (long)height * width;
    long standardParams = kk * inChannels * outChannels;
    long separableParams = kk * inChannels + (long)inChannels * outChannels;
    if (bias)
    {
        standardParams += outChannels;
        separableParams += inChannels + outChannels;
    }
    long standardMacs = kk * inChannels * outChannels * pixels;
    long separableMacs = (kk * inChannels + (long)inChannels * outChannels) * pixels;
    return new long[] { standardParams, standardMacs, separableParams, separableMacs };
}
