// Normalizes across features of each example (that is layer norm), not across the batch.
double[][] BatchNormForward(double[][] x, double[] gamma, double[] beta, double eps) =>
    x.Select(row =>
    {
        var mean = row.Average();
        var variance = row.Average(v => (v - mean) * (v - mean));
        return row.Select((v, j) => gamma[j] * (v - mean) / Math.Sqrt(variance + eps) + beta[j]).ToArray();
    }).ToArray();
