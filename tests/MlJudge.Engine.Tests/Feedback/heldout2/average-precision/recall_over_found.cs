// problem: average-precision
// expect: recall-ignores-missed-objects
// Full envelope and tie grouping, but recall is TP_k / (total true positives among detections) instead of TP_k / G.
double AveragePrecision(double[] scores, bool[] isTruePositive, int numGroundTruth)
{
    int totalTp = isTruePositive.Count(b => b);
    if (totalTp == 0) return 0;
    var groups = scores.Select((s, i) => (s, tp: isTruePositive[i])).GroupBy(t => t.s).OrderByDescending(g => g.Key).ToList();
    var R = new List<double>(); var P = new List<double>();
    int tp = 0, n = 0;
    foreach (var g in groups)
    {
        foreach (var d in g) { n++; if (d.tp) tp++; }
        R.Add((double)tp / totalTp);
        P.Add((double)tp / n);
    }
    for (int k = P.Count - 2; k >= 0; k--) P[k] = Math.Max(P[k], P[k + 1]);
    double ap = 0, prev = 0;
    for (int k = 0; k < R.Count; k++) { ap += (R[k] - prev) * P[k]; prev = R[k]; }
    return ap;
}
