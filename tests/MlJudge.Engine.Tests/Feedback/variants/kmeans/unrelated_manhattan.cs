// problem: kmeans
// expect: none
// Unrelated wrong: assigns points by Manhattan (L1) distance instead of squared Euclidean distance.
int Nearest(double[] p, double[][] c)
{
    int best = 0; double bestD = double.PositiveInfinity;
    for (int j = 0; j < c.Length; j++)
    {
        double s = 0;
        for (int t = 0; t < p.Length; t++) s += Math.Abs(p[t] - c[j][t]);
        if (s < bestD) { bestD = s; best = j; }
    }
    return best;
}

int[] KMeans(double[][] points, double[][] initialCentroids, int maxIterations)
{
    var c = initialCentroids.Select(r => r.ToArray()).ToArray();
    var labels = points.Select(p => Nearest(p, c)).ToArray();
    for (int it = 0; it < maxIterations; it++)
    {
        for (int j = 0; j < c.Length; j++)
        {
            var members = Enumerable.Range(0, points.Length).Where(i => labels[i] == j).ToList();
            if (members.Count == 0) continue;
            for (int t = 0; t < c[j].Length; t++) c[j][t] = members.Sum(i => points[i][t]) / members.Count;
        }
        var next = points.Select(p => Nearest(p, c)).ToArray();
        if (next.SequenceEqual(labels)) break;
        labels = next;
    }
    return labels;
}
