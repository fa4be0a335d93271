// problem: batchnorm-forward
// expect: eps-outside-sqrt
// Class form over a transposed copy: computes the population std per feature, then divides by (std + eps) instead of sqrt(var + eps).
public class Solution
{
    public double[][] BatchNormForward(double[][] x, double[] gamma, double[] beta, double eps)
    {
        int n = x.Length, d = gamma.Length;
        var columns = new double[d][];
        for (int j = 0; j < d; j++) { columns[j] = new double[n]; for (int i = 0; i < n; i++) columns[j][i] = x[i][j]; }
        var y = new double[n][];
        for (int i = 0; i < n; i++) y[i] = new double[d];
        for (int j = 0; j < d; j++)
        {
            double mu = columns[j].Sum() / n;
            double ss = 0;
            foreach (var v in columns[j]) ss += (v - mu) * (v - mu);
            double sigma = Math.Sqrt(ss / n);
            double denom = sigma + eps;
            for (int i = 0; i < n; i++) y[i][j] = gamma[j] * ((columns[j][i] - mu) / denom) + beta[j];
        }
        return y;
    }
}
