// Rounds the window count up, keeping a last window that sticks out past the padded border (filled with zeros).
double[][] Im2col(double[][][] input, int kernelH, int kernelW, int stride, int padding)
{
    int channels = input.Length, h = input[0].Length, w = input[0][0].Length;
    int outH = (h + 2 * padding - kernelH + stride - 1) / stride + 1, outW = (w + 2 * padding - kernelW + stride - 1) / stride + 1;
    var result = new double[channels * kernelH * kernelW][];
    for (var c = 0; c < channels; c++)
        for (var u = 0; u < kernelH; u++)
            for (var v = 0; v < kernelW; v++)
            {
                var row = new double[outH * outW];
                for (var i = 0; i < outH; i++)
                    for (var j = 0; j < outW; j++)
                    {
                        int r = i * stride + u - padding, q = j * stride + v - padding;
                        if (r >= 0 && r < h && q >= 0 && q < w) row[i * outW + j] = input[c][r][q];
                    }
                result[(c * kernelH + u) * kernelW + v] = row;
            }
    return result;
}
