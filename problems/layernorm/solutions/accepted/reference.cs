double[][] LayerNorm(double[][] x, double[] gamma, double[] beta, double eps) => x.Select(row =>
{
    var mean = row.Average();
    var variance = row.Average(v => (v - mean) * (v - mean));
    var inv = 1 / Math.Sqrt(variance + eps);
    return row.Select((v, j) => gamma[j] * (v - mean) * inv + beta[j]).ToArray();
}).ToArray();
