// problem: top-k-accuracy
// expect: none
// Unrelated wrong (adversarial: outputs only 0 or 1): correct ranking, but the final fraction is an integer division, so anything below 100% becomes 0.
double TopKAccuracy(double[][] scores, int[] labels, int k)
{
    int hits = 0;
    for (int i = 0; i < scores.Length; i++)
    {
        var top = Enumerable.Range(0, scores[i].Length).OrderByDescending(c => scores[i][c]).ThenBy(c => c).Take(k);
        if (top.Contains(labels[i])) hits++;
    }
    return hits / scores.Length;
}
