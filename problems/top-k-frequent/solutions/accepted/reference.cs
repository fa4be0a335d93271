int[] TopKFrequent(int[] items, int k)
{
    var counts = new Dictionary<int, int>();
    foreach (var item in items) counts[item] = counts.GetValueOrDefault(item) + 1;
    return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(k).Select(c => c.Key).ToArray();
}
