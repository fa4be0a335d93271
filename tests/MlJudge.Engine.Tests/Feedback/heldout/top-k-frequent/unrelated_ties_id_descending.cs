// problem: top-k-frequent
// expect: none
// Unrelated bug: count descending is right but ties are broken by id DESCENDING (flipped comparer); fails only on tie tests, like the first-seen mistake.
int[] TopKFrequent(int[] items, int k)
{
    var counts = new Dictionary<int, int>();
    foreach (var it in items) counts[it] = counts.GetValueOrDefault(it) + 1;
    return counts.OrderByDescending(p => p.Value).ThenByDescending(p => p.Key)
                 .Take(k).Select(p => p.Key).ToArray();
}
