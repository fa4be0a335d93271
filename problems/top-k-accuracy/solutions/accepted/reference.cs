double TopKAccuracy(double[][] scores, int[] labels, int k)
{
    var correct = 0;
    for (var i = 0; i < scores.Length; i++)
    {
        var top = Enumerable.Range(0, scores[i].Length).OrderByDescending(c => scores[i][c]).ThenBy(c => c).Take(k);
        if (top.Contains(labels[i])) correct++;
    }
    return (double)correct / scores.Length;
}
