// problem: conv-output-size
// expect: none
// Unrelated wrong (adversarial: small-integer outputs): counts windows as (H + 2p - span) / s without the "+ 1" (fits-check correct), so it is one short everywhere.
int ConvOutputSize(int inputSize, int kernel, int stride, int padding, int dilation)
{
    long span = (long)dilation * (kernel - 1) + 1;
    long padded = (long)inputSize + 2L * padding;
    return padded < span ? 0 : (int)((padded - span) / stride);
}
