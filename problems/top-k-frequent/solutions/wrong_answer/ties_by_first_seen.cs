// Breaks count ties by first appearance (a stable sort over insertion order) instead of by id.
int[] TopKFrequent(int[] items, int k)
{
    var counts = new Dictionary<int, int>();
    foreach (var item in items) counts[item] = counts.GetValueOrDefault(item) + 1;
    return counts.OrderByDescending(c => c.Value).Take(k).Select(c => c.Key).ToArray();
}
