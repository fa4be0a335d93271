// problem: standardize
// expect: constant-column-nan
// Class form with Welford's running mean/M2 per column and no constant-column handling at all: divides by sigma even when it is 0.
public class Solution
{
    public double[][] Standardize(double[][] x)
    {
        int n = x.Length, d = x[0].Length;
        var mean = new double[d];
        var m2 = new double[d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
            {
                double delta = x[i][j] - mean[j];
                mean[j] += delta / (i + 1);
                m2[j] += delta * (x[i][j] - mean[j]);
            }
        var sigma = m2.Select(v => Math.Sqrt(v / n)).ToArray();
        return x.Select(row => row.Select((v, j) => (v - mean[j]) / sigma[j]).ToArray()).ToArray();
    }
}
