// problem: binarize
// expect: ignores-threshold
// Nested loops that set a cell to 1 unless it is <= 0.0: the comparison is against a hard-coded zero, the threshold argument is never read.
int[][] Binarize(double[][] x, double threshold)
{
    var outRows = new List<int[]>(x.Length);
    foreach (var row in x)
    {
        var b = new int[row.Length];
        for (int j = 0; j < row.Length; j++)
        {
            if (row[j] <= 0.0) continue;
            b[j] = 1;
        }
        outRows.Add(b);
    }
    return outRows.ToArray();
}
