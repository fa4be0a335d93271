// problem: graph-laplacian
// expect: edge-one-direction
// Each edge is stored once as A[min][max] (upper triangle only), so the adjacency is not symmetric; degrees are row sums of that triangle.
double[][] GraphLaplacian(int n, int[][] edges, double[] weights, string kind)
{
    var A = new double[n][];
    for (int i = 0; i < n; i++) A[i] = new double[n];
    for (int e = 0; e < edges.Length; e++)
    {
        int u = Math.Min(edges[e][0], edges[e][1]), v = Math.Max(edges[e][0], edges[e][1]);
        if (u != v) A[u][v] += weights[e];
    }
    var deg = new double[n];
    for (int i = 0; i < n; i++) deg[i] = A[i].Sum();
    var L = new double[n][];
    for (int i = 0; i < n; i++)
    {
        L[i] = new double[n];
        for (int j = 0; j < n; j++)
        {
            double lap = (i == j ? deg[i] : 0) - A[i][j];
            if (kind == "combinatorial") L[i][j] = lap;
            else if (kind == "symmetric") L[i][j] = deg[i] > 0 && deg[j] > 0 ? lap / Math.Sqrt(deg[i] * deg[j]) : 0;
            else L[i][j] = deg[i] > 0 ? lap / deg[i] : 0;
        }
    }
    return L;
}
