// Min-max scaling to [0, 1] instead of z-scores.
double[][] Standardize(double[][] x)
{
    var d = x[0].Length;
    var min = Enumerable.Range(0, d).Select(j => x.Min(r => r[j])).ToArray();
    var max = Enumerable.Range(0, d).Select(j => x.Max(r => r[j])).ToArray();
    return x.Select(r => r.Select((v, j) => max[j] == min[j] ? 0 : (v - min[j]) / (max[j] - min[j])).ToArray()).ToArray();
}
