double[][] Standardize(double[][] x)
{
    int n = x.Length, d = x[0].Length;
    var z = new double[n][];
    for (var i = 0; i < n; i++) z[i] = new double[d];
    for (var j = 0; j < d; j++)
    {
        var mean = 0.0;
        for (var i = 0; i < n; i++) mean += x[i][j];
        mean /= n;
        var variance = 0.0;
        for (var i = 0; i < n; i++) variance += (x[i][j] - mean) * (x[i][j] - mean);
        var std = Math.Sqrt(variance / n);
        // Constant means all entries equal: rounding can leave such a column a tiny positive std.
        var constant = true;
        for (var i = 1; i < n; i++) constant &= x[i][j] == x[0][j];
        for (var i = 0; i < n; i++) z[i][j] = constant ? 0 : (x[i][j] - mean) / std;
    }
    return z;
}
