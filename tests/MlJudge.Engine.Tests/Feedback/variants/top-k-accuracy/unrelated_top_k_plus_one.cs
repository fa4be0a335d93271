// problem: top-k-accuracy
// expect: none
// Unrelated wrong (adversarial to ties-favour-truth: also overstates accuracy): correct tie-aware rank, but tests rank <= k, i.e. top-(k+1).
double TopKAccuracy(double[][] scores, int[] labels, int k)
{
    int hits = 0;
    for (int i = 0; i < scores.Length; i++)
    {
        int y = labels[i], rank = 0;
        for (int c = 0; c < scores[i].Length; c++)
            if (scores[i][c] > scores[i][y] || (scores[i][c] == scores[i][y] && c < y)) rank++;
        if (rank <= k) hits++;
    }
    return (double)hits / scores.Length;
}
