// problem: kmeans
// expect: ties-to-last
// LINQ argmin that orders centroids by distance and then by DESCENDING index, so an exact tie goes to the highest centroid index.
int Closest(double[] p, double[][] cs) =>
    Enumerable.Range(0, cs.Length)
        .Select(j => (j, dist: p.Select((x, t) => (x - cs[j][t]) * (x - cs[j][t])).Sum()))
        .OrderBy(e => e.dist).ThenByDescending(e => e.j)
        .First().j;

int[] KMeans(double[][] points, double[][] initialCentroids, int maxIterations)
{
    var cs = initialCentroids.Select(c => c.ToArray()).ToArray();
    var labels = points.Select(p => Closest(p, cs)).ToArray();
    for (int iteration = 1; iteration <= maxIterations; iteration++)
    {
        foreach (var group in Enumerable.Range(0, points.Length).GroupBy(i => labels[i]))
        {
            var ids = group.ToList();
            cs[group.Key] = Enumerable.Range(0, cs[group.Key].Length).Select(t => ids.Sum(i => points[i][t]) / ids.Count).ToArray();
        }
        var next = points.Select(p => Closest(p, cs)).ToArray();
        if (next.SequenceEqual(labels)) break;
        labels = next;
    }
    return labels;
}
