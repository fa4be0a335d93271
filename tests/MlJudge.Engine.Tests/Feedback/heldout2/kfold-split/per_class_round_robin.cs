// problem: kfold-split
// expect: per-class-chunks
// Stratified: each class is dealt round-robin starting again at fold 0 (no shared deal position), so every class's leftovers go to the first folds; plain part correct.
int[][] KFoldSplit(int[] labels, int k, bool stratified)
{
    int n = labels.Length;
    int q = n / k, r = n % k;
    var plain = new int[k][];
    for (int f = 0, s = 0; f < k; f++) { int sz = q + (f < r ? 1 : 0); plain[f] = Enumerable.Range(s, sz).ToArray(); s += sz; }
    if (!stratified) return plain;
    var order = new List<int>();
    var byLabel = new Dictionary<int, List<int>>();
    for (int i = 0; i < n; i++)
    {
        if (!byLabel.ContainsKey(labels[i])) { byLabel[labels[i]] = new List<int>(); order.Add(labels[i]); }
        byLabel[labels[i]].Add(i);
    }
    var folds = Enumerable.Range(0, k).Select(_ => new List<int>()).ToArray();
    foreach (int lab in order)
    {
        var idx = byLabel[lab];
        int baseSize = idx.Count / k, extra = idx.Count % k, p = 0;
        for (int f = 0; f < k; f++)
        {
            int take = baseSize + (f < extra ? 1 : 0);
            for (int j = 0; j < take; j++) folds[f].Add(idx[p++]);
        }
    }
    return folds.Select(l => l.OrderBy(x => x).ToArray()).ToArray();
}
