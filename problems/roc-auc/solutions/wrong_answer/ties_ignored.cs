// Counts only strict wins, ignoring the half credit for ties (and sorts, so it is fast but wrong on ties).
double RocAuc(double[] scores, int[] labels)
{
    var negatives = scores.Where((s, i) => labels[i] == 0).OrderBy(s => s).ToArray();
    double wins = 0;
    foreach (var s in scores.Where((s, i) => labels[i] == 1))
    {
        int lo = 0, hi = negatives.Length;
        while (lo < hi) { var mid = (lo + hi) / 2; if (negatives[mid] < s) lo = mid + 1; else hi = mid; }
        wins += lo;
    }
    return wins / ((double)negatives.Length * (labels.Length - negatives.Length));
}
