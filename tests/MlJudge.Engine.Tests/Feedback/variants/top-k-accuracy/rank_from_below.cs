// problem: top-k-accuracy
// expect: ascending-order
// O(C) rank count per row, but counts classes scoring LOWER than the true class (ties: lower index first) - the rank in ascending order, i.e. the k lowest scores.
double TopKAccuracy(double[][] scores, int[] labels, int k)
{
    int hits = 0;
    for (int i = 0; i < scores.Length; i++)
    {
        int y = labels[i], ahead = 0;
        for (int c = 0; c < scores[i].Length; c++)
            if (scores[i][c] < scores[i][y] || (scores[i][c] == scores[i][y] && c < y)) ahead++;
        if (ahead < k) hits++;
    }
    return hits / (double)scores.Length;
}
