// problem: standardize
// expect: constant-detected-by-zero-std
// Two-pass loops with mean = Sum/N; treats a column as constant only when the computed sigma is exactly 0.0, so rounding-level sigmas divide through.
double[][] Standardize(double[][] x)
{
    int n = x.Length, d = x[0].Length;
    var z = x.Select(_ => new double[d]).ToArray();
    for (int j = 0; j < d; j++)
    {
        double mean = x.Sum(r => r[j]) / n;
        double ss = 0;
        foreach (var r in x) ss += (r[j] - mean) * (r[j] - mean);
        double sigma = Math.Sqrt(ss / n);
        if (sigma == 0.0) continue;
        for (int i = 0; i < n; i++) z[i][j] = (x[i][j] - mean) / sigma;
    }
    return z;
}
