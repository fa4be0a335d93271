// problem: roc-auc
// expect: ties-as-separate-steps
// Builds the ROC point list one example at a time (descending score, ties by ascending index via a stable sort) and sums trapezoids between consecutive points - tied examples become separate steps.
double RocAuc(double[] scores, int[] labels)
{
    int n = scores.Length;
    var idx = Enumerable.Range(0, n).ToArray();
    var keys = idx.Select(i => -scores[i]).ToArray();
    idx = idx.OrderBy(i => keys[i]).ToArray();
    double P = 0, N = 0;
    foreach (var l in labels) if (l == 1) P++; else N++;
    var fpr = new List<double> { 0 };
    var tpr = new List<double> { 0 };
    double tp = 0, fp = 0;
    foreach (var i in idx)
    {
        if (labels[i] == 1) tp++; else fp++;
        fpr.Add(fp / N);
        tpr.Add(tp / P);
    }
    double area = 0;
    for (int s = 1; s < fpr.Count; s++) area += (fpr[s] - fpr[s - 1]) * (tpr[s] + tpr[s - 1]) / 2;
    return area;
}
