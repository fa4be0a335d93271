// problem: kfold-split
// expect: none
// Adversarial: stratified counts and membership are right, but each fold lists indices grouped class by class, not in ascending order.
int[][] KFoldSplit(int[] labels, int k, bool stratified)
{
    int n = labels.Length;
    int q = n / k, r = n % k;
    var plain = new int[k][];
    for (int f = 0, s = 0; f < k; f++) { int sz = q + (f < r ? 1 : 0); plain[f] = Enumerable.Range(s, sz).ToArray(); s += sz; }
    if (!stratified) return plain;
    var code = new Dictionary<int, int>();
    var members = new List<List<int>>();
    for (int i = 0; i < n; i++)
    {
        if (!code.TryGetValue(labels[i], out int c)) { c = members.Count; code[labels[i]] = c; members.Add(new List<int>()); }
        members[c].Add(i);
    }
    var folds = new List<int>[k];
    for (int f = 0; f < k; f++) folds[f] = new List<int>();
    int pos = 0;
    foreach (var cls in members)
    {
        var cnt = new int[k];
        for (int j = 0; j < cls.Count; j++) cnt[(pos + j) % k]++;
        pos += cls.Count;
        int at = 0;
        for (int f = 0; f < k; f++)
            for (int j = 0; j < cnt[f]; j++) folds[f].Add(cls[at++]);
    }
    return folds.Select(l => l.ToArray()).ToArray();
}
