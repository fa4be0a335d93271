// problem: average-precision
// expect: none
// Sorts detections by ASCENDING score (forgot the descending order); grouping, envelope and G are otherwise correct.
double AveragePrecision(double[] scores, bool[] isTruePositive, int numGroundTruth)
{
    var idx = Enumerable.Range(0, scores.Length).OrderBy(i => scores[i]).ToArray();
    var R = new List<double>(); var P = new List<double>();
    int tp = 0, fp = 0, p = 0;
    while (p < idx.Length)
    {
        double s = scores[idx[p]];
        while (p < idx.Length && scores[idx[p]] == s) { if (isTruePositive[idx[p]]) tp++; else fp++; p++; }
        R.Add((double)tp / numGroundTruth); P.Add((double)tp / (tp + fp));
    }
    for (int k = P.Count - 2; k >= 0; k--) P[k] = Math.Max(P[k], P[k + 1]);
    double ap = 0, prev = 0;
    for (int k = 0; k < R.Count; k++) { ap += (R[k] - prev) * P[k]; prev = R[k]; }
    return ap;
}
