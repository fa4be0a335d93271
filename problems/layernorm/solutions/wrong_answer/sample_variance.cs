// Divides by D - 1.
double[][] LayerNorm(double[][] x, double[] gamma, double[] beta, double eps) => x.Select(row =>
{
    var mean = row.Average();
    var variance = row.Length > 1 ? row.Sum(v => (v - mean) * (v - mean)) / (row.Length - 1) : 0;
    return row.Select((v, j) => gamma[j] * (v - mean) / Math.Sqrt(variance + eps) + beta[j]).ToArray();
}).ToArray();
