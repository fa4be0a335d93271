// Divides by N - 1 (the sample standard deviation).
double[][] Standardize(double[][] x)
{
    int n = x.Length, d = x[0].Length;
    var z = x.Select(r => new double[d]).ToArray();
    for (var j = 0; j < d; j++)
    {
        var mean = x.Average(r => r[j]);
        var std = n > 1 ? Math.Sqrt(x.Sum(r => (r[j] - mean) * (r[j] - mean)) / (n - 1)) : 0;
        for (var i = 0; i < n; i++) z[i][j] = std == 0 ? 0 : (x[i][j] - mean) / std;
    }
    return z;
}
