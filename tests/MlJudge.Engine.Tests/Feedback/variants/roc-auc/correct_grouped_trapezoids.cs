// problem: roc-auc
// expect: none
// Correct: method 2 - threshold sweep from high to low that advances a whole tie group at once and adds the trapezoid (rectangle + triangle for mixed ties), in integer counts.
double RocAuc(double[] scores, int[] labels)
{
    var byScore = Enumerable.Range(0, scores.Length).GroupBy(i => scores[i]).OrderByDescending(g => g.Key);
    long P = labels.Count(l => l == 1), N = labels.Length - P;
    long tp = 0;
    double twiceArea = 0;
    foreach (var g in byScore)
    {
        long dp = g.Count(i => labels[i] == 1), dn = g.Count() - dp;
        twiceArea += (double)dn * (2 * tp + dp);
        tp += dp;
    }
    return twiceArea / 2 / ((double)P * N);
}
