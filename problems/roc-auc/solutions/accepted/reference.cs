// Rank-sum (Mann–Whitney U) with average ranks for ties.
double RocAuc(double[] scores, int[] labels)
{
    var order = Enumerable.Range(0, scores.Length).OrderBy(i => scores[i]).ToArray();
    var ranks = new double[scores.Length];
    for (var a = 0; a < order.Length;)
    {
        var b = a;
        while (b < order.Length && scores[order[b]] == scores[order[a]]) b++;
        var average = (a + 1 + b) / 2.0; // ranks a+1 .. b
        for (var k = a; k < b; k++) ranks[order[k]] = average;
        a = b;
    }
    double positives = labels.Count(l => l == 1), negatives = labels.Length - positives;
    var rankSum = Enumerable.Range(0, labels.Length).Where(i => labels[i] == 1).Sum(i => ranks[i]);
    return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}
