// problem: kmeans
// expect: ignores-max-iterations
// do/while Lloyd loop that runs until the labels stop changing; maxIterations is never consulted (a large safety cap only guards against cycling).
int[] KMeans(double[][] points, double[][] initialCentroids, int maxIterations)
{
    int k = initialCentroids.Length, d = points[0].Length;
    var c = initialCentroids.Select(r => r.ToArray()).ToArray();
    int[] Assign()
    {
        var l = new int[points.Length];
        for (int i = 0; i < points.Length; i++)
        {
            double best = double.PositiveInfinity;
            for (int j = 0; j < k; j++)
            {
                double s = 0;
                for (int t = 0; t < d; t++) { double diff = points[i][t] - c[j][t]; s += diff * diff; }
                if (s < best) { best = s; l[i] = j; }
            }
        }
        return l;
    }
    var labels = Assign();
    bool changed;
    int guard = 0;
    do
    {
        for (int j = 0; j < k; j++)
        {
            var members = points.Where((p, i) => labels[i] == j).ToArray();
            if (members.Length == 0) continue;
            for (int t = 0; t < d; t++) c[j][t] = members.Sum(p => p[t]) / members.Length;
        }
        var next = Assign();
        changed = !next.SequenceEqual(labels);
        labels = next;
    } while (changed && ++guard < 100000);
    return labels;
}
