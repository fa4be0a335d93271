// problem: roc-auc
// expect: ties-no-half-credit
// Sort ascending, walk groups of equal scores and keep a running count of negatives strictly below; each positive collects that count, nothing for negatives in its own tie group.
double RocAuc(double[] scores, int[] labels)
{
    var order = Enumerable.Range(0, scores.Length).OrderBy(i => scores[i]).ToArray();
    double negBelow = 0, wins = 0, P = labels.Count(l => l == 1), N = labels.Length - P;
    int a = 0;
    while (a < order.Length)
    {
        int b = a;
        double negHere = 0, posHere = 0;
        while (b < order.Length && scores[order[b]] == scores[order[a]])
        {
            if (labels[order[b]] == 1) posHere++; else negHere++;
            b++;
        }
        wins += posHere * negBelow;
        negBelow += negHere;
        a = b;
    }
    return wins / (P * N);
}
