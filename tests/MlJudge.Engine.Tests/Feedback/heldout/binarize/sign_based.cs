// problem: binarize
// expect: ignores-threshold
// Uses Math.Sign(v) == 1, i.e. strictly positive values become 1: the threshold parameter is never used.
int[][] Binarize(double[][] x, double threshold)
{
    int[][] b = new int[x.Length][];
    for (int i = x.Length - 1; i >= 0; i--)
    {
        b[i] = new int[x[i].Length];
        for (int j = 0; j < x[i].Length; j++)
            if (Math.Sign(x[i][j]) == 1) b[i][j] = 1;
    }
    return b;
}
