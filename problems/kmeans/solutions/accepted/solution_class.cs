// Accumulates sums in one pass per iteration instead of filtering members per centroid.
public class Solution
{
    public int[] KMeans(double[][] points, double[][] initialCentroids, int maxIterations)
    {
        int n = points.Length, k = initialCentroids.Length, d = points[0].Length;
        var c = new double[k, d];
        for (var j = 0; j < k; j++) for (var t = 0; t < d; t++) c[j, t] = initialCentroids[j][t];
        var labels = new int[n];
        Assign(points, c, labels);
        for (var it = 0; it < maxIterations; it++)
        {
            var sums = new double[k, d];
            var counts = new int[k];
            for (var i = 0; i < n; i++)
            {
                counts[labels[i]]++;
                for (var t = 0; t < d; t++) sums[labels[i], t] += points[i][t];
            }
            for (var j = 0; j < k; j++)
                if (counts[j] > 0)
                    for (var t = 0; t < d; t++) c[j, t] = sums[j, t] / counts[j];
            if (!Assign(points, c, labels)) break;
        }
        return labels;
    }

    private static bool Assign(double[][] points, double[,] c, int[] labels)
    {
        var changed = false;
        for (var i = 0; i < points.Length; i++)
        {
            var best = 0;
            var bestD = double.MaxValue;
            for (var j = 0; j < c.GetLength(0); j++)
            {
                var dist = 0.0;
                for (var t = 0; t < c.GetLength(1); t++) { var diff = points[i][t] - c[j, t]; dist += diff * diff; }
                if (dist < bestD) { bestD = dist; best = j; }
            }
            if (labels[i] != best) { labels[i] = best; changed = true; }
        }
        return changed;
    }
}
