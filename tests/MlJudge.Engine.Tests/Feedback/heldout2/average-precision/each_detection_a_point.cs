// problem: average-precision
// expect: ties-not-grouped
// Every detection (in stable descending-score order) is its own PR point, even when scores tie; envelope and G are correct.
double AveragePrecision(double[] scores, bool[] isTruePositive, int numGroundTruth)
{
    var idx = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
    int n = idx.Length;
    var prec = new double[n]; var rec = new double[n];
    int tp = 0;
    for (int k = 0; k < n; k++)
    {
        if (isTruePositive[idx[k]]) tp++;
        prec[k] = tp / (k + 1.0);
        rec[k] = tp / (double)numGroundTruth;
    }
    for (int k = n - 2; k >= 0; k--) prec[k] = Math.Max(prec[k], prec[k + 1]);
    double ap = 0;
    for (int k = 0; k < n; k++) ap += (rec[k] - (k == 0 ? 0 : rec[k - 1])) * prec[k];
    return ap;
}
