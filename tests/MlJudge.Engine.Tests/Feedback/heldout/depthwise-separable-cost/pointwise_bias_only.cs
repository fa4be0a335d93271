// problem: depthwise-separable-cost
// expect: no-depthwise-bias
// Everything in 64-bit and at output resolution, but with bias only the pointwise layer's Cout biases are added to the separable parameters.
long[] SeparableConvCost(int inChannels, int outChannels, int kernel, int height, int width, int stride, int padding, bool bias)
{
    checked
    {
        long hOut = (height + 2 * padding - kernel) / stride + 1;
        long wOut = (width + 2 * padding - kernel) / stride + 1;
        long spatial = hOut * wOut;
        long depthW = (long)kernel * kernel * inChannels;
        long pointW = (long)inChannels * outChannels;
        long standardW = depthW * outChannels;
        long biasOut = bias ? outChannels : 0;
        return new long[]
        {
            standardW + biasOut,
            standardW * spatial,
            depthW + pointW + biasOut,
            (depthW + pointW) * spatial,
        };
    }
}
