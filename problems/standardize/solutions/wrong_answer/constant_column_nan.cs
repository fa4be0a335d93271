// Divides by a zero standard deviation for constant columns: NaN.
double[][] Standardize(double[][] x)
{
    var d = x[0].Length;
    var mean = Enumerable.Range(0, d).Select(j => x.Average(r => r[j])).ToArray();
    var std = Enumerable.Range(0, d).Select(j => Math.Sqrt(x.Average(r => (r[j] - mean[j]) * (r[j] - mean[j])))).ToArray();
    return x.Select(r => r.Select((v, j) => (v - mean[j]) / std[j]).ToArray()).ToArray();
}
