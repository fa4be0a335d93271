// problem: label-encode
// expect: one-based-codes
int[] LabelEncode(string[] values)
{
    var sorted = new SortedSet<string>(values, StringComparer.Ordinal);
    var map = new Dictionary<string, int>();
    int next = 1;
    foreach (var s in sorted) map[s] = next++;
    return Array.ConvertAll(values, v => map[v]);
}
