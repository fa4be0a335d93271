// problem: standardize
// expect: none
// Unrelated wrong: divides by the population std but forgets to subtract the mean (constant columns correctly zero).
double[][] Standardize(double[][] x)
{
    int n = x.Length, d = x[0].Length;
    var z = x.Select(_ => new double[d]).ToArray();
    for (int j = 0; j < d; j++)
    {
        if (x.All(r => r[j] == x[0][j])) continue;
        double mean = x.Average(r => r[j]);
        double sigma = Math.Sqrt(x.Average(r => (r[j] - mean) * (r[j] - mean)));
        for (int i = 0; i < n; i++) z[i][j] = x[i][j] / sigma;
    }
    return z;
}
