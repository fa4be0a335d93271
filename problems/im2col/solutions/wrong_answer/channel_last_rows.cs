// Orders rows (u, v, c) — the NHWC/TensorFlow habit — so rows no longer match weights[o][c][u][v] flattened.
double[][] Im2col(double[][][] input, int kernelH, int kernelW, int stride, int padding)
{
    int channels = input.Length, h = input[0].Length, w = input[0][0].Length;
    int outH = (h + 2 * padding - kernelH) / stride + 1, outW = (w + 2 * padding - kernelW) / stride + 1;
    var result = new double[channels * kernelH * kernelW][];
    for (var u = 0; u < kernelH; u++)
        for (var v = 0; v < kernelW; v++)
            for (var c = 0; c < channels; c++)
            {
                var row = new double[outH * outW];
                for (var i = 0; i < outH; i++)
                    for (var j = 0; j < outW; j++)
                    {
                        int r = i * stride + u - padding, q = j * stride + v - padding;
                        if (r >= 0 && r < h && q >= 0 && q < w) row[i * outW + j] = input[c][r][q];
                    }
                result[(u * kernelW + v) * channels + c] = row;
            }
    return result;
}
