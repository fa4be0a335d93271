// problem: average-precision
// expect: none
// Adversarial: envelope takes max over STRICTLY later points (j > k) and the last point gets precision 0, so the final recall step counts for nothing.
double AveragePrecision(double[] scores, bool[] isTruePositive, int numGroundTruth)
{
    var idx = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
    var R = new List<double>(); var P = new List<double>();
    int tp = 0, fp = 0, p = 0;
    while (p < idx.Length)
    {
        double s = scores[idx[p]];
        while (p < idx.Length && scores[idx[p]] == s) { if (isTruePositive[idx[p]]) tp++; else fp++; p++; }
        R.Add((double)tp / numGroundTruth); P.Add((double)tp / (tp + fp));
    }
    var env = new double[P.Count];
    double best = 0;
    for (int k = P.Count - 1; k >= 0; k--) { env[k] = best; best = Math.Max(best, P[k]); }
    double ap = 0, prev = 0;
    for (int k = 0; k < R.Count; k++) { ap += (R[k] - prev) * env[k]; prev = R[k]; }
    return ap;
}
