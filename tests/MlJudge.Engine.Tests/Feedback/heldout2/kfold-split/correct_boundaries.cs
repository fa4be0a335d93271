// problem: kfold-split
// expect: none
// Correct, unusual: plain fold f is the index range [f*n/k rounded as sklearn, computed via start = f*q + min(f, r)].
int[][] KFoldSplit(int[] labels, int k, bool stratified)
{
    int n = labels.Length;
    if (!stratified)
    {
        int q = Math.DivRem(n, k, out int r);
        return Enumerable.Range(0, k).Select(f =>
        {
            int s = f * q + Math.Min(f, r), e = (f + 1) * q + Math.Min(f + 1, r);
            return Enumerable.Range(s, e - s).ToArray();
        }).ToArray();
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
