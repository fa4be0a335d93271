// problem: max-pool2d
// expect: zero-padding
// Class form: copies each channel into a (H + 2p) x (W + 2p) array whose border stays at the default 0.0, then takes plain window maxima - zeros beat all-negative windows.
public class Solution
{
    public double[][][] MaxPool2d(double[][][] image, int kernel, int stride, int padding)
    {
        int H = image[0].Length, W = image[0][0].Length;
        int PH = H + 2 * padding, PW = W + 2 * padding;
        int outH = (PH - kernel) / stride + 1, outW = (PW - kernel) / stride + 1;
        return image.Select(ch =>
        {
            var padded = new double[PH, PW];
            for (int r = 0; r < H; r++) for (int q = 0; q < W; q++) padded[r + padding, q + padding] = ch[r][q];
            var res = new double[outH][];
            for (int i = 0; i < outH; i++)
            {
                res[i] = new double[outW];
                for (int j = 0; j < outW; j++)
                {
                    double m = padded[i * stride, j * stride];
                    for (int u = 0; u < kernel; u++)
                        for (int v = 0; v < kernel; v++) m = Math.Max(m, padded[i * stride + u, j * stride + v]);
                    res[i][j] = m;
                }
            }
            return res;
        }).ToArray();
    }
}
