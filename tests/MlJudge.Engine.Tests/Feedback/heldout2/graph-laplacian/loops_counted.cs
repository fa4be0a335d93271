// problem: graph-laplacian
// expect: self-loops-kept
// Self-loops are not skipped: an edge (u,u,w) adds w twice to A[u][u] (both "directions") and to the degree; rest correct.
double[][] GraphLaplacian(int n, int[][] edges, double[] weights, string kind)
{
    var a = new double[n][];
    for (int i = 0; i < n; i++) a[i] = new double[n];
    for (int e = 0; e < edges.Length; e++)
    {
        a[edges[e][0]][edges[e][1]] += weights[e];
        a[edges[e][1]][edges[e][0]] += weights[e];
    }
    double[] d = a.Select(r => r.Sum()).ToArray();
    double[] inv = d.Select(x => x > 0 ? 1 / x : 0).ToArray();
    double[] invSqrt = d.Select(x => x > 0 ? 1 / Math.Sqrt(x) : 0).ToArray();
    var L = new double[n][];
    for (int i = 0; i < n; i++)
    {
        L[i] = new double[n];
        for (int j = 0; j < n; j++)
        {
            double m = (i == j ? d[i] : 0) - a[i][j];
            L[i][j] = kind switch
            {
                "combinatorial" => m,
                "symmetric" => invSqrt[i] * m * invSqrt[j],
                _ => inv[i] * m,
            };
        }
    }
    return L;
}
