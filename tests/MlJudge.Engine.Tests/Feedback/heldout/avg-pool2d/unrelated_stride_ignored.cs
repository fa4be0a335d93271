// problem: avg-pool2d
// expect: none
// Unrelated bug: output size uses the stride, but windows advance by 1 (start at i - p, not i*s - p); exact whenever stride is 1.
double[][][] AvgPool2d(double[][][] image, int kernel, int stride, int padding)
{
    int C = image.Length, H = image[0].Length, W = image[0][0].Length;
    int ho = (H + 2 * padding - kernel) / stride + 1;
    int wo = (W + 2 * padding - kernel) / stride + 1;
    var y = new double[C][][];
    for (int c = 0; c < C; c++)
    {
        y[c] = new double[ho][];
        for (int i = 0; i < ho; i++)
        {
            y[c][i] = new double[wo];
            for (int j = 0; j < wo; j++)
            {
                double sum = 0;
                for (int a = 0; a < kernel; a++)
                    for (int b = 0; b < kernel; b++)
                    {
                        int r = i - padding + a, q = j - padding + b;
                        if (r >= 0 && r < H && q >= 0 && q < W) sum += image[c][r][q];
                    }
                y[c][i][j] = sum / (kernel * kernel);
            }
        }
    }
    return y;
}
