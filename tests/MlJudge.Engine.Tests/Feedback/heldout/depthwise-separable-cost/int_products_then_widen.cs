// problem: depthwise-separable-cost
// expect: int-overflow
// Formulas right, but all products are evaluated in 32-bit int and only then widened to long, so large layers wrap around.
long[] SeparableConvCost(int inChannels, int outChannels, int kernel, int height, int width, int stride, int padding, bool bias)
{
    int ho = (height + 2 * padding - kernel) / stride + 1;
    int wo = (width + 2 * padding - kernel) / stride + 1;
    int b = bias ? 1 : 0;
    int stdParams = kernel * kernel * inChannels * outChannels + b * outChannels;
    int stdMacs = kernel * kernel * inChannels * outChannels * ho * wo;
    int sepParams = kernel * kernel * inChannels + inChannels * outChannels + b * (inChannels + outChannels);
    int sepMacs = (kernel * kernel * inChannels + inChannels * outChannels) * ho * wo;
    return new long[] { stdParams, stdMacs, sepParams, sepMacs };
}
