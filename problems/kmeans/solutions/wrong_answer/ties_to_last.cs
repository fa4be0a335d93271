// Breaks distance ties toward the highest centroid index (<= instead of <).
int Nearest(double[] p, double[][] centroids)
{
    var best = 0;
    var bestDistance = double.PositiveInfinity;
    for (var j = 0; j < centroids.Length; j++)
    {
        var d = p.Zip(centroids[j], (a, b) => (a - b) * (a - b)).Sum();
        if (d <= bestDistance) { bestDistance = d; best = j; }
    }
    return best;
}

int[] KMeans(double[][] points, double[][] initialCentroids, int maxIterations)
{
    var centroids = initialCentroids.Select(c => c.ToArray()).ToArray();
    var labels = points.Select(p => Nearest(p, centroids)).ToArray();
    for (var iteration = 0; iteration < maxIterations; iteration++)
    {
        for (var j = 0; j < centroids.Length; j++)
        {
            var members = points.Where((_, i) => labels[i] == j).ToList();
            if (members.Count == 0) continue;
            centroids[j] = Enumerable.Range(0, centroids[j].Length).Select(t => members.Average(m => m[t])).ToArray();
        }
        var next = points.Select(p => Nearest(p, centroids)).ToArray();
        if (next.SequenceEqual(labels)) break;
        labels = next;
    }
    return labels;
}
