// Counts every distinct id by rescanning the whole log: O(n * d).
int[] TopKFrequent(int[] items, int k)
{
    var distinct = items.Distinct().ToArray();
    var counts = distinct.Select(id => (Id: id, Count: items.Count(x => x == id))).ToList();
    return counts.OrderByDescending(c => c.Count).ThenBy(c => c.Id).Take(k).Select(c => c.Id).ToArray();
}
