// problem: one-hot-encode
// expect: none
// Unrelated wrong (adversarial: permuted columns like every listed mistake): sorts the categories ordinally but in DESCENDING order.
int[][] OneHot(string[] values)
{
    var cats = values.Distinct().OrderByDescending(v => v, StringComparer.Ordinal).ToList();
    return values.Select(v => cats.Select(c => c == v ? 1 : 0).ToArray()).ToArray();
}
