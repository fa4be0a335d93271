// One pass per feature with Welford's online mean and variance.
public class Solution
{
    public double[][] BatchNormForward(double[][] x, double[] gamma, double[] beta, double eps)
    {
        var d = gamma.Length;
        var mean = new double[d];
        var m2 = new double[d];
        for (var i = 0; i < x.Length; i++)
            for (var j = 0; j < d; j++)
            {
                var delta = x[i][j] - mean[j];
                mean[j] += delta / (i + 1);
                m2[j] += delta * (x[i][j] - mean[j]);
            }
        return x.Select(row => row.Select((v, j) => gamma[j] * (v - mean[j]) / Math.Sqrt(m2[j] / x.Length + eps) + beta[j]).ToArray()).ToArray();
    }
}
