// problem: one-hot-encode
// expect: none
// Correct: SortedSet with the ordinal comparer, copied to an array, and each value's column found by Array.BinarySearch with the same comparer.
int[][] OneHot(string[] values)
{
    var set = new SortedSet<string>(values, StringComparer.Ordinal);
    var cats = new string[set.Count];
    set.CopyTo(cats);
    var rows = new int[values.Length][];
    for (int i = 0; i < values.Length; i++)
    {
        rows[i] = new int[cats.Length];
        rows[i][Array.BinarySearch(cats, values[i], StringComparer.Ordinal)] = 1;
    }
    return rows;
}
