// problem: top-k-frequent
// expect: ties-by-first-seen
// Records ids in first-appearance order and stable-sorts only by count descending, so equal counts keep log order instead of id order.
int[] TopKFrequent(int[] items, int k)
{
    var counts = new Dictionary<int, int>();
    var order = new List<int>();
    for (int i = 0; i < items.Length; i++)
    {
        if (counts.ContainsKey(items[i])) counts[items[i]]++;
        else { counts[items[i]] = 1; order.Add(items[i]); }
    }
    return order.OrderByDescending(id => counts[id]).Take(k).ToArray();
}
