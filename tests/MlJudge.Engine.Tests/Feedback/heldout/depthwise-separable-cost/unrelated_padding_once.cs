// problem: depthwise-separable-cost
// expect: none
// Unrelated bug: output size adds the padding once instead of on both sides, (H + p - k)/s + 1; wrong only when padding > 0 (it is still not the input size).
long[] SeparableConvCost(int inChannels, int outChannels, int kernel, int height, int width, int stride, int padding, bool bias)
{
    long cin = inChannels, cout = outChannels, k = kernel;
    long area = ((height + (long)padding - k) / stride + 1) * ((width + (long)padding - k) / stride + 1);
    long stdP = k * k * cin * cout + (bias ? cout : 0);
    long sepP = k * k * cin + cin * cout + (bias ? cin + cout : 0);
    return new[] { stdP, k * k * cin * cout * area, sepP, (k * k * cin + cin * cout) * area };
}
