// problem: conv2d
// expect: none
// Correct: im2col - unrolls every receptive field (zero where padded) into a column, then one matrix product with the flattened filters plus bias.
public class Solution
{
    public double[][][] Conv2d(double[][][] input, double[][][] weights, double[] bias, int kernelH, int kernelW, int stride, int padding)
    {
        int C = input.Length, H = input[0].Length, W = input[0][0].Length;
        int outH = (H + 2 * padding - kernelH) / stride + 1, outW = (W + 2 * padding - kernelW) / stride + 1;
        int rows = C * kernelH * kernelW, cols = outH * outW;
        var colMatrix = new double[rows, cols];
        for (int c = 0; c < C; c++)
            for (int u = 0; u < kernelH; u++)
                for (int v = 0; v < kernelW; v++)
                {
                    int row = (c * kernelH + u) * kernelW + v;
                    for (int i = 0; i < outH; i++)
                        for (int j = 0; j < outW; j++)
                        {
                            int r = i * stride + u - padding, q = j * stride + v - padding;
                            colMatrix[row, i * outW + j] = r >= 0 && r < H && q >= 0 && q < W ? input[c][r][q] : 0.0;
                        }
                }
        var result = new double[weights.Length][][];
        for (int o = 0; o < weights.Length; o++)
        {
            var flat = weights[o].SelectMany(k => k).ToArray();
            var outFlat = new double[cols];
            for (int p = 0; p < cols; p++)
            {
                double s = 0;
                for (int row = 0; row < rows; row++) s += flat[row] * colMatrix[row, p];
                outFlat[p] = s + bias[o];
            }
            result[o] = Enumerable.Range(0, outH).Select(i => outFlat.Skip(i * outW).Take(outW).ToArray()).ToArray();
        }
        return result;
    }
}
