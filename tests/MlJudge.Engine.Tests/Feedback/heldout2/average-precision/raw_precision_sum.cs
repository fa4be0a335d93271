// problem: average-precision
// expect: no-interpolation
// Groups tied scores and divides recall by G, but sums (R_k - R_{k-1}) * P_k with the raw precision (no monotone envelope).
double AveragePrecision(double[] scores, bool[] isTruePositive, int numGroundTruth)
{
    var idx = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
    double ap = 0, prevRecall = 0;
    int tp = 0, fp = 0, p = 0;
    while (p < idx.Length)
    {
        double s = scores[idx[p]];
        while (p < idx.Length && scores[idx[p]] == s) { if (isTruePositive[idx[p]]) tp++; else fp++; p++; }
        double recall = (double)tp / numGroundTruth;
        double precision = (double)tp / (tp + fp);
        ap += (recall - prevRecall) * precision;
        prevRecall = recall;
    }
    return ap;
}
