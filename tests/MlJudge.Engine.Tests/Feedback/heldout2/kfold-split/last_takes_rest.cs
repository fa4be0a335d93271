// problem: kfold-split
// expect: remainder-in-last-fold
// Plain folds are blocks of floor(n/k) with the last fold running to n, so all leftovers land in the last fold (stratified part correct).
int[][] KFoldSplit(int[] labels, int k, bool stratified)
{
    int n = labels.Length;
    if (!stratified)
    {
        int q = n / k;
        var r = new int[k][];
        for (int f = 0; f < k; f++)
        {
            int start = f * q, end = f == k - 1 ? n : start + q;
            r[f] = new int[end - start];
            for (int i = start; i < end; i++) r[f][i - start] = i;
        }
        return r;
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
