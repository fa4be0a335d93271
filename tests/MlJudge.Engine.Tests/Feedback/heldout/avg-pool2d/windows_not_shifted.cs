// problem: avg-pool2d
// expect: padding-offset-ignored
// Output size includes the padding, but window (i,j) starts at image row i*s / column j*s (no -p shift), as if all padding were at the bottom/right.
double[][][] AvgPool2d(double[][][] image, int kernel, int stride, int padding)
{
    int C = image.Length, H = image[0].Length, W = image[0][0].Length;
    int ho = (H + 2 * padding - kernel) / stride + 1;
    int wo = (W + 2 * padding - kernel) / stride + 1;
    double inv = 1.0 / (kernel * kernel);
    var y = new double[C][][];
    for (int c = 0; c < C; c++)
    {
        y[c] = new double[ho][];
        for (int i = 0; i < ho; i++)
        {
            y[c][i] = new double[wo];
            for (int j = 0; j < wo; j++)
            {
                double acc = 0;
                for (int b = 0; b < kernel; b++)
                    for (int a = 0; a < kernel; a++)
                    {
                        int r = i * stride + a, q = j * stride + b;
                        if (r < H && q < W) acc += image[c][r][q];
                    }
                y[c][i][j] = acc * inv;
            }
        }
    }
    return y;
}
