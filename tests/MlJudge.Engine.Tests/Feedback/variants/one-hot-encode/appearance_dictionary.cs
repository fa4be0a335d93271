// problem: one-hot-encode
// expect: first-seen-order
// Single pass that gives each new value the next free column (first appearance order), then fills the rows; no sorting at all.
int[][] OneHot(string[] values)
{
    var column = new Dictionary<string, int>(StringComparer.Ordinal);
    foreach (var v in values)
        if (!column.ContainsKey(v)) column.Add(v, column.Count);
    var result = new int[values.Length][];
    for (int i = 0; i < values.Length; i++)
    {
        result[i] = new int[column.Count];
        result[i][column[values[i]]] = 1;
    }
    return result;
}
