// problem: binarize
// expect: none
// Correct, unusual: Array.ConvertAll with Convert.ToInt32 of the strict comparison.
int[][] Binarize(double[][] x, double threshold)
{
    return Array.ConvertAll(x, row => Array.ConvertAll(row, v => Convert.ToInt32(v > threshold)));
}
