// problem: one-hot-encode
// expect: none
// Unrelated wrong: correct ordinal order, but every row has k + 1 columns (an off-by-one width leaves a trailing all-zero column).
int[][] OneHot(string[] values)
{
    var cats = values.Distinct().OrderBy(v => v, StringComparer.Ordinal).ToList();
    return values.Select(v =>
    {
        var row = new int[cats.Count + 1];
        row[cats.IndexOf(v)] = 1;
        return row;
    }).ToArray();
}
