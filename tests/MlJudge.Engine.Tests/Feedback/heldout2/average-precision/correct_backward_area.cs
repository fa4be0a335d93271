// problem: average-precision
// expect: none
// Correct, unusual: sorts (score, tp) pairs with Array.Sort and a comparison, then accumulates the area walking the PR points backwards with a running max.
double AveragePrecision(double[] scores, bool[] isTruePositive, int numGroundTruth)
{
    int n = scores.Length;
    var order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Array.Sort(order, (a, b) => scores[b].CompareTo(scores[a]));
    var tpAt = new List<int>(); var countAt = new List<int>();
    int tp = 0;
    for (int i = 0; i < n; i++)
    {
        if (isTruePositive[order[i]]) tp++;
        bool endOfGroup = i == n - 1 || scores[order[i + 1]] != scores[order[i]];
        if (endOfGroup) { tpAt.Add(tp); countAt.Add(i + 1); }
    }
    double area = 0, runMax = 0;
    for (int k = tpAt.Count - 1; k >= 0; k--)
    {
        runMax = Math.Max(runMax, (double)tpAt[k] / countAt[k]);
        int prevTp = k == 0 ? 0 : tpAt[k - 1];
        area += (tpAt[k] - prevTp) * runMax;
    }
    return area / numGroundTruth;
}
