// problem: binarize
// expect: ignores-threshold
// LINQ that keeps the positive values only (compares with 0), ignoring the threshold argument entirely.
int[][] Binarize(double[][] x, double threshold)
{
    return x.Select(row => row.Select(v => v > 0.0 ? 1 : 0).ToArray()).ToArray();
}
