// problem: elu
// expect: missing-minus-one
// Class form with a shared e^x; the negative-branch value is alpha * e^x (the "- 1" dropped), the derivative is right.
public class Solution
{
    public double[][] Elu(double[] x, double alpha)
    {
        var rows = new[] { new double[x.Length], new double[x.Length] };
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] > 0) { rows[0][i] = x[i]; rows[1][i] = 1.0; continue; }
            double ex = Math.Exp(x[i]);
            rows[0][i] = alpha * ex;
            rows[1][i] = alpha * ex;
        }
        return rows;
    }
}
