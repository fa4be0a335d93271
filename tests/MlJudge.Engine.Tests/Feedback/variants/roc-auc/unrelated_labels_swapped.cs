// problem: roc-auc
// expect: none
// Unrelated wrong: treats label 0 as the positive class (ties handled correctly), which returns 1 - AUC.
double RocAuc(double[] scores, int[] labels)
{
    int n = scores.Length;
    var order = Enumerable.Range(0, n).OrderBy(i => scores[i]).ToArray();
    var rank = new double[n];
    for (int a = 0; a < n;)
    {
        int b = a;
        while (b < n && scores[order[b]] == scores[order[a]]) b++;
        for (int t = a; t < b; t++) rank[order[t]] = (a + 1 + b) / 2.0;
        a = b;
    }
    double P = labels.Count(l => l == 0), N = n - P;
    double sum = Enumerable.Range(0, n).Where(i => labels[i] == 0).Sum(i => rank[i]);
    return (sum - P * (P + 1) / 2) / (P * N);
}
