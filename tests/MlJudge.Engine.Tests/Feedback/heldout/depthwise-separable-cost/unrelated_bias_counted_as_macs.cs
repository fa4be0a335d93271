// problem: depthwise-separable-cost
// expect: none
// Unrelated bug: parameters right, but with bias each bias addition is also counted as a MAC (adds Cout*Hout*Wout, and Cin*Hout*Wout for depthwise).
long[] SeparableConvCost(int inChannels, int outChannels, int kernel, int height, int width, int stride, int padding, bool bias)
{
    long cin = inChannels, cout = outChannels, k = kernel;
    long area = ((height + 2L * padding - k) / stride + 1) * ((width + 2L * padding - k) / stride + 1);
    long stdP = k * k * cin * cout + (bias ? cout : 0);
    long sepP = k * k * cin + cin * cout + (bias ? cin + cout : 0);
    long stdM = (k * k * cin * cout + (bias ? cout : 0)) * area;
    long sepM = (k * k * cin + cin * cout + (bias ? cin + cout : 0)) * area;
    return new[] { stdP, stdM, sepP, sepM };
}
