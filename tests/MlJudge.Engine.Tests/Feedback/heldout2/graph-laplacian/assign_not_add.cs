// problem: graph-laplacian
// expect: repeated-edges-overwrite
// Adjacency entries are assigned (A[u][v] = w), so a repeated edge replaces the earlier weight instead of adding; rest correct.
double[][] GraphLaplacian(int n, int[][] edges, double[] weights, string kind)
{
    var A = new double[n, n];
    for (int e = 0; e < edges.Length; e++)
    {
        int u = edges[e][0], v = edges[e][1];
        if (u == v) continue;
        A[u, v] = weights[e];
        A[v, u] = weights[e];
    }
    var deg = new double[n];
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) deg[i] += A[i, j];
    var L = new double[n][];
    for (int i = 0; i < n; i++)
    {
        L[i] = new double[n];
        for (int j = 0; j < n; j++)
        {
            double lap = (i == j ? deg[i] : 0) - A[i, j];
            if (kind == "combinatorial") L[i][j] = lap;
            else if (kind == "symmetric") L[i][j] = deg[i] > 0 && deg[j] > 0 ? lap / Math.Sqrt(deg[i] * deg[j]) : 0;
            else L[i][j] = deg[i] > 0 ? lap / deg[i] : 0;
        }
    }
    return L;
}
