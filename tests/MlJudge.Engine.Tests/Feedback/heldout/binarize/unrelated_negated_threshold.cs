// problem: binarize
// expect: none
// Unrelated bug: compares with -threshold (sign slip), strict comparison kept; right only when the threshold is 0, wrong on the same tests as ignoring it but a different function.
int[][] Binarize(double[][] x, double threshold)
{
    var result = new int[x.Length][];
    for (int r = 0; r < x.Length; r++)
    {
        result[r] = new int[x[r].Length];
        for (int c = 0; c < x[r].Length; c++)
            result[r][c] = x[r][c] > -threshold ? 1 : 0;
    }
    return result;
}
