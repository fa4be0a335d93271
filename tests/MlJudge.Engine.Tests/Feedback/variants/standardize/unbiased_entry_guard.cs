// problem: standardize
// expect: sample-std
// Loops, constant columns detected properly by comparing entries (so N = 1 is safe), but sigma uses the N - 1 denominator.
double[][] Standardize(double[][] x)
{
    int n = x.Length, d = x[0].Length;
    var z = new double[n][];
    for (int i = 0; i < n; i++) z[i] = new double[d];
    for (int j = 0; j < d; j++)
    {
        bool constant = true;
        for (int i = 1; i < n && constant; i++) constant = x[i][j] == x[0][j];
        if (constant) continue;
        double mean = 0;
        for (int i = 0; i < n; i++) mean += x[i][j];
        mean /= n;
        double ss = 0;
        for (int i = 0; i < n; i++) ss += (x[i][j] - mean) * (x[i][j] - mean);
        double sigma = Math.Sqrt(ss / (n - 1));
        for (int i = 0; i < n; i++) z[i][j] = (x[i][j] - mean) / sigma;
    }
    return z;
}
