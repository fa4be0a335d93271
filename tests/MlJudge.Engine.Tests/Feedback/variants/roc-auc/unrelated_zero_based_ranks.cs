// problem: roc-auc
// expect: none
// Unrelated wrong: Mann-Whitney with correct tie averaging but 0-based ranks, so the result is short by 1/N (N = number of negatives).
double RocAuc(double[] scores, int[] labels)
{
    int n = scores.Length;
    var order = Enumerable.Range(0, n).OrderBy(i => scores[i]).ToArray();
    var rank = new double[n];
    for (int a = 0; a < n;)
    {
        int b = a;
        while (b < n && scores[order[b]] == scores[order[a]]) b++;
        double r = (a + b - 1) / 2.0;
        for (int t = a; t < b; t++) rank[order[t]] = r;
        a = b;
    }
    double P = labels.Count(l => l == 1), N = n - P;
    double sum = 0;
    for (int i = 0; i < n; i++) if (labels[i] == 1) sum += rank[i];
    return (sum - P * (P + 1) / 2) / (P * N);
}
