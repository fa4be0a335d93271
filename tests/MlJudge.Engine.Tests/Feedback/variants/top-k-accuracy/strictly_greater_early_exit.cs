// problem: top-k-accuracy
// expect: ties-favour-truth
// Loop that counts only strictly higher-scoring classes and stops counting once k of them are found; equal scores never push the true class down.
double TopKAccuracy(double[][] scores, int[] labels, int k)
{
    double correct = 0;
    for (int i = 0; i < scores.Length; i++)
    {
        double truth = scores[i][labels[i]];
        int better = 0;
        foreach (var s in scores[i])
        {
            if (s > truth) better++;
            if (better >= k) break;
        }
        if (better < k) correct += 1;
    }
    return correct / scores.Length;
}
