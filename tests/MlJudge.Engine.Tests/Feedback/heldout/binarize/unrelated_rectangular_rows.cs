// problem: binarize
// expect: none
// Unrelated bug: assumes a rectangular matrix, sizing every output row by the first row's length (crashes or pads on jagged input; fails on empty first row).
int[][] Binarize(double[][] x, double threshold)
{
    if (x.Length == 0) return new int[0][];
    int cols = x[0].Length;
    var result = new int[x.Length][];
    for (int r = 0; r < x.Length; r++)
    {
        result[r] = new int[cols];
        for (int c = 0; c < cols; c++)
            result[r][c] = x[r][c] > threshold ? 1 : 0;
    }
    return result;
}
