// problem: kfold-split
// expect: none
// Adversarial: ignores the stratified flag and always returns the plain consecutive blocks (right sizes, wrong membership for stratified).
int[][] KFoldSplit(int[] labels, int k, bool stratified)
{
    int n = labels.Length;
    int q = n / k, r = n % k;
    var plain = new int[k][];
    for (int f = 0, s = 0; f < k; f++) { int sz = q + (f < r ? 1 : 0); plain[f] = Enumerable.Range(s, sz).ToArray(); s += sz; }
    if (!stratified) return plain;
    return plain;
}
