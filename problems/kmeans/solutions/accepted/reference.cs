int Nearest(double[] p, double[][] centroids)
{
    var best = 0;
    var bestDistance = double.PositiveInfinity;
    for (var j = 0; j < centroids.Length; j++)
    {
        var d = 0.0;
        for (var t = 0; t < p.Length; t++) { var diff = p[t] - centroids[j][t]; d += diff * diff; }
        if (d < bestDistance) { bestDistance = d; best = j; }
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
            var members = Enumerable.Range(0, points.Length).Where(i => labels[i] == j).ToList();
            if (members.Count == 0) continue;
            for (var t = 0; t < centroids[j].Length; t++)
                centroids[j][t] = members.Sum(i => points[i][t]) / members.Count;
        }
        var next = points.Select(p => Nearest(p, centroids)).ToArray();
        var changed = !next.SequenceEqual(labels);
        labels = next;
        if (!changed) break;
    }
    return labels;
}
