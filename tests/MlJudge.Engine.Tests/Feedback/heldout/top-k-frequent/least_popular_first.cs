// problem: top-k-frequent
// expect: ascending-counts
// Dictionary of counts, then a List sort by (count ascending, id ascending): returns the least popular items first.
int[] TopKFrequent(int[] items, int k)
{
    var counts = new Dictionary<int, int>();
    foreach (int it in items)
    {
        counts.TryGetValue(it, out int c);
        counts[it] = c + 1;
    }
    var list = new List<KeyValuePair<int, int>>(counts);
    list.Sort((a, b) => a.Value != b.Value ? a.Value.CompareTo(b.Value) : a.Key.CompareTo(b.Key));
    int m = Math.Min(k, list.Count);
    var res = new int[m];
    for (int i = 0; i < m; i++) res[i] = list[i].Key;
    return res;
}
