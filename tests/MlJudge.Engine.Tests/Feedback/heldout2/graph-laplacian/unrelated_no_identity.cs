// problem: graph-laplacian
// expect: none
// Normalized kinds return minus the normalized adjacency (-D^-1/2 A D^-1/2, -D^-1 A) without the identity term; combinatorial correct.
double[][] GraphLaplacian(int n, int[][] edges, double[] weights, string kind)
{
    var A = new double[n][];
    for (int i = 0; i < n; i++) A[i] = new double[n];
    for (int e = 0; e < edges.Length; e++)
    {
        int u = edges[e][0], v = edges[e][1];
        if (u == v) continue;
        A[u][v] += weights[e]; A[v][u] += weights[e];
    }
    var deg = A.Select(r => r.Sum()).ToArray();
    var L = new double[n][];
    for (int i = 0; i < n; i++)
    {
        L[i] = new double[n];
        for (int j = 0; j < n; j++)
        {
            if (kind == "combinatorial") L[i][j] = (i == j ? deg[i] : 0) - A[i][j];
            else if (kind == "symmetric") L[i][j] = deg[i] > 0 && deg[j] > 0 ? -A[i][j] / Math.Sqrt(deg[i] * deg[j]) : 0;
            else L[i][j] = deg[i] > 0 ? -A[i][j] / deg[i] : 0;
        }
    }
    return L;
}
