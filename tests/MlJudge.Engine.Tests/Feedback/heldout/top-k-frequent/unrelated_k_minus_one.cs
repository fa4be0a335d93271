// problem: top-k-frequent
// expect: none
// Unrelated bug: off-by-one in the result size, returns only k-1 ids (correct order otherwise).
int[] TopKFrequent(int[] items, int k)
{
    var counts = new Dictionary<int, int>();
    foreach (var it in items) counts[it] = counts.GetValueOrDefault(it) + 1;
    var keys = counts.Keys.ToArray();
    Array.Sort(keys, (a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : a.CompareTo(b));
    int m = Math.Min(k - 1, keys.Length);
    var res = new int[m];
    Array.Copy(keys, res, m);
    return res;
}
