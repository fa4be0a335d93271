// problem: top-k-frequent
// expect: none
// Correct, unusual: sorts the log, counts runs, then buckets ids by count (buckets filled in id order because the log is sorted) and reads buckets from the highest count.
int[] TopKFrequent(int[] items, int k)
{
    var sorted = (int[])items.Clone();
    Array.Sort(sorted);
    var buckets = new List<int>[sorted.Length + 1];
    int i = 0;
    while (i < sorted.Length)
    {
        int j = i;
        while (j < sorted.Length && sorted[j] == sorted[i]) j++;
        int c = j - i;
        (buckets[c] ??= new List<int>()).Add(sorted[i]);
        i = j;
    }
    var res = new List<int>();
    for (int c = sorted.Length; c >= 1 && res.Count < k; c--)
    {
        if (buckets[c] == null) continue;
        foreach (int id in buckets[c])
        {
            if (res.Count == k) break;
            res.Add(id);
        }
    }
    return res.ToArray();
}
