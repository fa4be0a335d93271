// problem: one-hot-encode
// expect: case-insensitive-order
// Orders categories by their lower-cased form (ordinal on ToLowerInvariant, exact string as tie-break) - a case-insensitive order; note lower-casing also moves '_' '[' etc. relative to letters, unlike an upper-casing comparer.
int[][] OneHot(string[] values)
{
    var cats = new List<string>(new HashSet<string>(values, StringComparer.Ordinal));
    cats.Sort((a, b) =>
    {
        int c = string.CompareOrdinal(a.ToLowerInvariant(), b.ToLowerInvariant());
        return c != 0 ? c : string.CompareOrdinal(a, b);
    });
    var col = new Dictionary<string, int>(StringComparer.Ordinal);
    for (int i = 0; i < cats.Count; i++) col[cats[i]] = i;
    var rows = new int[values.Length][];
    for (int i = 0; i < values.Length; i++) { rows[i] = new int[cats.Count]; rows[i][col[values[i]]] = 1; }
    return rows;
}
