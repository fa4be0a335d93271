// problem: graph-laplacian
// expect: none
// Correct, unusual: never builds A; scatters each edge's contribution straight into L after first computing degrees.
double[][] GraphLaplacian(int n, int[][] edges, double[] weights, string kind)
{
    var deg = new double[n];
    for (int e = 0; e < edges.Length; e++)
        if (edges[e][0] != edges[e][1]) { deg[edges[e][0]] += weights[e]; deg[edges[e][1]] += weights[e]; }
    double Scale(int i) => kind == "combinatorial" ? 1.0 : deg[i] == 0 ? 0.0 : kind == "symmetric" ? 1.0 / Math.Sqrt(deg[i]) : 1.0 / deg[i];
    double ScaleCol(int j) => kind == "symmetric" ? Scale(j) : 1.0;
    var L = new double[n][];
    for (int i = 0; i < n; i++) { L[i] = new double[n]; L[i][i] = deg[i] * Scale(i) * ScaleCol(i); }
    for (int e = 0; e < edges.Length; e++)
    {
        int u = edges[e][0], v = edges[e][1];
        if (u == v) continue;
        L[u][v] -= weights[e] * Scale(u) * ScaleCol(v);
        L[v][u] -= weights[e] * Scale(v) * ScaleCol(u);
    }
    return L;
}
