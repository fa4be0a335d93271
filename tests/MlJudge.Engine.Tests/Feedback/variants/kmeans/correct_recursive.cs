// problem: kmeans
// expect: none
// Correct: recursive formulation - Step(labels, centroids, budget) updates, reassigns and recurses while labels change and budget remains.
static double Dist2(double[] a, double[] b)
{
    double s = 0;
    for (int t = 0; t < a.Length; t++) { double e = a[t] - b[t]; s += e * e; }
    return s;
}

static int[] AssignAll(double[][] pts, double[][] cs)
{
    var lab = new int[pts.Length];
    for (int i = 0; i < pts.Length; i++)
    {
        int best = 0;
        for (int j = 1; j < cs.Length; j++)
            if (Dist2(pts[i], cs[j]) < Dist2(pts[i], cs[best])) best = j;
        lab[i] = best;
    }
    return lab;
}

static int[] Step(double[][] pts, int[] labels, double[][] cs, int budget)
{
    if (budget == 0) return labels;
    var moved = new double[cs.Length][];
    for (int j = 0; j < cs.Length; j++)
    {
        int count = 0;
        var sum = new double[cs[j].Length];
        for (int i = 0; i < pts.Length; i++)
            if (labels[i] == j) { count++; for (int t = 0; t < sum.Length; t++) sum[t] += pts[i][t]; }
        moved[j] = count == 0 ? cs[j] : sum.Select(s => s / count).ToArray();
    }
    var next = AssignAll(pts, moved);
    return next.SequenceEqual(labels) ? next : Step(pts, next, moved, budget - 1);
}

int[] KMeans(double[][] points, double[][] initialCentroids, int maxIterations) =>
    Step(points, AssignAll(points, initialCentroids), initialCentroids, maxIterations);
