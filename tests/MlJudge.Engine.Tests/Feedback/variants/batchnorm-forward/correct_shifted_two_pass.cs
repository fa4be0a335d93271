// problem: batchnorm-forward
// expect: none
// Correct: two-pass statistics on a transposed copy, the second pass with a compensated (Kahan) sum of squared deviations; multiplies by a precomputed gamma / sqrt(var + eps).
public class Solution
{
    public double[][] BatchNormForward(double[][] x, double[] gamma, double[] beta, double eps)
    {
        int n = x.Length, d = gamma.Length;
        var y = Enumerable.Range(0, n).Select(_ => new double[d]).ToArray();
        for (int j = 0; j < d; j++)
        {
            var col = x.Select(r => r[j]).ToArray();
            double mean = col.Average();
            double sum = 0, comp = 0;
            foreach (var v in col)
            {
                double term = (v - mean) * (v - mean) - comp;
                double t = sum + term;
                comp = (t - sum) - term;
                sum = t;
            }
            double scale = gamma[j] / Math.Sqrt(sum / n + eps);
            for (int i = 0; i < n; i++) y[i][j] = beta[j] + scale * (col[i] - mean);
        }
        return y;
    }
}
