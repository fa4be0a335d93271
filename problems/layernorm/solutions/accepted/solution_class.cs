// Welford per row.
public class Solution
{
    public double[][] LayerNorm(double[][] x, double[] gamma, double[] beta, double eps)
    {
        var y = new double[x.Length][];
        for (var i = 0; i < x.Length; i++)
        {
            double mean = 0, m2 = 0;
            for (var j = 0; j < x[i].Length; j++)
            {
                var delta = x[i][j] - mean;
                mean += delta / (j + 1);
                m2 += delta * (x[i][j] - mean);
            }
            var std = Math.Sqrt(m2 / x[i].Length + eps);
            y[i] = new double[x[i].Length];
            for (var j = 0; j < x[i].Length; j++) y[i][j] = gamma[j] * (x[i][j] - mean) / std + beta[j];
        }
        return y;
    }
}
