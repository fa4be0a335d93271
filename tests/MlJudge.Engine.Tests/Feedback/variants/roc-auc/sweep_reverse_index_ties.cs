// problem: roc-auc
// expect: ties-as-separate-steps
// Sorts ascending with Array.Sort on (score, index) and walks it backwards, so the sweep goes through tied scores one example at a time in DESCENDING index order (a different arbitrary tie order).
double RocAuc(double[] scores, int[] labels)
{
    int n = scores.Length;
    var order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Array.Sort(order, (a, b) => scores[a] != scores[b] ? scores[a].CompareTo(scores[b]) : a.CompareTo(b));
    long pos = 0, neg = 0;
    for (int i = 0; i < n; i++) if (labels[i] == 1) pos++; else neg++;
    double auc = 0;
    long tpSeen = 0;
    for (int t = n - 1; t >= 0; t--)
    {
        if (labels[order[t]] == 1) tpSeen++;
        else auc += (double)tpSeen / pos;
    }
    return auc / neg;
}
