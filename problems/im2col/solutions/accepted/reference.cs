// Direct formula: for every row (c, u, v) and column (i, j), read the padded input or a zero.
double[][] Im2col(double[][][] input, int kernelH, int kernelW, int stride, int padding)
{
    int channels = input.Length, h = input[0].Length, w = input[0][0].Length;
    int outH = (h + 2 * padding - kernelH) / stride + 1, outW = (w + 2 * padding - kernelW) / stride + 1;
    var result = new double[channels * kernelH * kernelW][];
    for (var c = 0; c < channels; c++)
        for (var u = 0; u < kernelH; u++)
            for (var v = 0; v < kernelW; v++)
            {
                var row = new double[outH * outW];
                for (var i = 0; i < outH; i++)
                {
                    var r = i * stride + u - padding;
                    if (r < 0 || r >= h) continue;
                    for (var j = 0; j < outW; j++)
                    {
                        var q = j * stride + v - padding;
                        if (q >= 0 && q < w) row[i * outW + j] = input[c][r][q];
                    }
                }
                result[(c * kernelH + u) * kernelW + v] = row;
            }
    return result;
}
