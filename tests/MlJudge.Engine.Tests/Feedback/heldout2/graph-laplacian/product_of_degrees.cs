// problem: graph-laplacian
// expect: symmetric-missing-sqrt
// Symmetric kind scales off-diagonal entries by 1/(d_i * d_j) (no square root); diagonal stays 1 for non-isolated nodes; other kinds correct.
double[][] GraphLaplacian(int n, int[][] edges, double[] weights, string kind)
{
    var W = new Dictionary<(int, int), double>();
    var deg = new double[n];
    for (int e = 0; e < edges.Length; e++)
    {
        int u = edges[e][0], v = edges[e][1];
        if (u == v) continue;
        W[(u, v)] = W.GetValueOrDefault((u, v)) + weights[e];
        W[(v, u)] = W.GetValueOrDefault((v, u)) + weights[e];
        deg[u] += weights[e]; deg[v] += weights[e];
    }
    var L = new double[n][];
    for (int i = 0; i < n; i++)
    {
        L[i] = new double[n];
        if (kind == "combinatorial") L[i][i] = deg[i];
        else L[i][i] = deg[i] > 0 ? 1 : 0;
    }
    foreach (var kv in W)
    {
        var (i, j) = kv.Key;
        double a = kv.Value;
        if (kind == "combinatorial") L[i][j] = -a;
        else if (kind == "symmetric") L[i][j] = -a / (deg[i] * deg[j]);
        else L[i][j] = -a / deg[i];
    }
    return L;
}
