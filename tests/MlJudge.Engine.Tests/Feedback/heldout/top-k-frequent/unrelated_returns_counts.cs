// problem: top-k-frequent
// expect: none
// Unrelated bug: sorts correctly but returns the top-k COUNTS instead of the ids (small positive integers).
int[] TopKFrequent(int[] items, int k)
{
    var counts = new Dictionary<int, int>();
    foreach (var it in items) counts[it] = counts.GetValueOrDefault(it) + 1;
    return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key)
                 .Take(k).Select(p => p.Value).ToArray();
}
