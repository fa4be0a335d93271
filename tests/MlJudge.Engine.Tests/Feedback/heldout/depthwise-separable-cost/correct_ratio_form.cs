// problem: depthwise-separable-cost
// expect: none
// Correct, unusual: per-output-pixel MAC counts equal the weight counts without biases, so MACs are derived as (params - biases) * Hout*Wout; Math.BigMul for the widening products.
long[] SeparableConvCost(int inChannels, int outChannels, int kernel, int height, int width, int stride, int padding, bool bias)
{
    long outPix = Math.BigMul((height + 2 * padding - kernel) / stride + 1, (width + 2 * padding - kernel) / stride + 1);
    long std = Math.BigMul(kernel * kernel, inChannels) * outChannels;
    long sep = Math.BigMul(kernel * kernel + outChannels, inChannels);
    long stdBias = bias ? outChannels : 0;
    long sepBias = bias ? (long)inChannels + outChannels : 0;
    long stdParams = std + stdBias, sepParams = sep + sepBias;
    return new long[] { stdParams, (stdParams - stdBias) * outPix, sepParams, (sepParams - sepBias) * outPix };
}
