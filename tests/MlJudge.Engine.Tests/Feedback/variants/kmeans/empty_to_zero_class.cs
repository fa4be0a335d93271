// problem: kmeans
// expect: empty-cluster-to-origin
// Class form with per-cluster sum/count accumulators; a cluster with count 0 gets sum/1 = the zero vector, i.e. its centroid jumps to the origin.
public class Solution
{
    public int[] KMeans(double[][] points, double[][] initialCentroids, int maxIterations)
    {
        int k = initialCentroids.Length, d = points[0].Length;
        var cent = initialCentroids.Select(c => (double[])c.Clone()).ToArray();
        var labels = Assign(points, cent);
        for (int it = 0; it < maxIterations; it++)
        {
            var sums = new double[k][];
            var counts = new int[k];
            for (int j = 0; j < k; j++) sums[j] = new double[d];
            for (int i = 0; i < points.Length; i++)
            {
                counts[labels[i]]++;
                for (int t = 0; t < d; t++) sums[labels[i]][t] += points[i][t];
            }
            for (int j = 0; j < k; j++)
                for (int t = 0; t < d; t++) cent[j][t] = sums[j][t] / Math.Max(counts[j], 1);
            var fresh = Assign(points, cent);
            bool same = fresh.SequenceEqual(labels);
            labels = fresh;
            if (same) break;
        }
        return labels;
    }

    static int[] Assign(double[][] points, double[][] cent)
    {
        var labels = new int[points.Length];
        for (int i = 0; i < points.Length; i++)
        {
            double best = double.MaxValue;
            for (int j = 0; j < cent.Length; j++)
            {
                double dist = 0;
                for (int t = 0; t < cent[j].Length; t++) dist += (points[i][t] - cent[j][t]) * (points[i][t] - cent[j][t]);
                if (dist < best) { best = dist; labels[i] = j; }
            }
        }
        return labels;
    }
}
