// problem: binarize
// expect: threshold-inclusive
// Maps x >= threshold to 1 (written as "not below"), so values exactly on the threshold wrongly become 1.
int[][] Binarize(double[][] x, double threshold)
{
    var result = new int[x.Length][];
    for (int r = 0; r < x.Length; r++)
    {
        result[r] = new int[x[r].Length];
        for (int c = 0; c < x[r].Length; c++)
            result[r][c] = x[r][c] < threshold ? 0 : 1;
    }
    return result;
}
