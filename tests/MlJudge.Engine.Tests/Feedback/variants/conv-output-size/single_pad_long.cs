// problem: conv-output-size
// expect: padding-one-side
// Class form in long arithmetic with the dilated span and a fit check, but the padded length is H + p (padding counted once).
public class Solution
{
    public int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
    {
        long span = 1 + (long)(kernel - 1) * dilation;
        long available = (long)inputSize + padding;
        return available >= span ? (int)((available - span) / stride) + 1 : 0;
    }
}
