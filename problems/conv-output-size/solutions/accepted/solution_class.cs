// Counts window positions directly: a window starting at i (in padded coordinates) fits while i + span <= padded.
public class Solution
{
    public static int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
    {
        long span = (long)dilation * (kernel - 1) + 1;
        long padded = inputSize + 2L * padding;
        if (span > padded) return 0;
        long lastStart = padded - span;
        return (int)(lastStart / stride) + 1;
    }
}
