// problem: graph-laplacian
// expect: none
// Builds an unweighted graph: every edge adds 1 (repeated edges still add up, self-loops skipped), weights never read.
double[][] GraphLaplacian(int n, int[][] edges, double[] weights, string kind)
{
    var A = new double[n][];
    for (int i = 0; i < n; i++) A[i] = new double[n];
    foreach (var e in edges)
    {
        if (e[0] == e[1]) continue;
        A[e[0]][e[1]] += 1; A[e[1]][e[0]] += 1;
    }
    var deg = A.Select(r => r.Sum()).ToArray();
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
