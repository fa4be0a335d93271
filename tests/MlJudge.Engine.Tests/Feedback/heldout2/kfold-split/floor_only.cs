// problem: kfold-split
// expect: drops-remainder
// Plain folds all get floor(n/k) consecutive indices; the n mod k leftover samples are never assigned (stratified part correct).
int[][] KFoldSplit(int[] labels, int k, bool stratified)
{
    int n = labels.Length;
    if (!stratified)
    {
        int q = n / k;
        return Enumerable.Range(0, k).Select(f => Enumerable.Range(f * q, q).ToArray()).ToArray();
    }
    // stratified: classes by first appearance, round-robin deal of sorted codes, then blocks per class
    var code = new Dictionary<int, int>();
    var members = new List<List<int>>();
    for (int i = 0; i < labels.Length; i++)
    {
        if (!code.TryGetValue(labels[i], out int c)) { c = members.Count; code[labels[i]] = c; members.Add(new List<int>()); }
        members[c].Add(i);
    }
    var folds = new List<int>[k];
    for (int f = 0; f < k; f++) folds[f] = new List<int>();
    int pos = 0;
    for (int c = 0; c < members.Count; c++)
    {
        var cnt = new int[k];
        for (int j = 0; j < members[c].Count; j++) cnt[(pos + j) % k]++;
        pos += members[c].Count;
        int at = 0;
        for (int f = 0; f < k; f++)
            for (int j = 0; j < cnt[f]; j++) folds[f].Add(members[c][at++]);
    }
    var res = new int[k][];
    for (int f = 0; f < k; f++) { folds[f].Sort(); res[f] = folds[f].ToArray(); }
    return res;
}
