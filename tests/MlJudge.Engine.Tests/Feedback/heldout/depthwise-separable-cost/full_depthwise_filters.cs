// problem: depthwise-separable-cost
// expect: depthwise-per-output-channel
// Gives the depthwise step k*k*Cin*Cout weights (one filter per in/out channel pair), so the separable costs exceed the standard layer's.
long[] SeparableConvCost(int inChannels, int outChannels, int kernel, int height, int width, int stride, int padding, bool bias)
{
    long cin = inChannels, cout = outChannels, k = kernel;
    long ho = (height + 2L * padding - k) / stride + 1;
    long wo = (width + 2L * padding - k) / stride + 1;
    long area = ho * wo;
    long stdP = k * k * cin * cout + (bias ? cout : 0);
    long stdM = k * k * cin * cout * area;
    long dwP = k * k * cin * cout + (bias ? cin : 0);
    long dwM = k * k * cin * cout * area;
    long pwP = cin * cout + (bias ? cout : 0);
    long pwM = cin * cout * area;
    return new[] { stdP, stdM, dwP + pwP, dwM + pwM };
}
