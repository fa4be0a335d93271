// problem: layernorm
// expect: none
// Unrelated wrong: ignores gamma and beta.
double[][] LayerNorm(double[][] x, double[] gamma, double[] beta, double eps) => x.Select(row =>
{
    var m = row.Average();
    var s = Math.Sqrt(row.Average(v => (v - m) * (v - m)) + eps);
    return row.Select(v => (v - m) / s).ToArray();
}).ToArray();
