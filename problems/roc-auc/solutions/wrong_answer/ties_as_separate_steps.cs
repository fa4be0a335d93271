// Trapezoid sweep that moves one example at a time even through tied scores: tie order changes the area.
double RocAuc(double[] scores, int[] labels)
{
    var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
    double p = labels.Count(l => l == 1), n = labels.Length - p, tp = 0, fp = 0, area = 0;
    foreach (var i in order)
    {
        if (labels[i] == 1) tp++;
        else { fp++; area += tp / p / n; }
    }
    return area;
}
