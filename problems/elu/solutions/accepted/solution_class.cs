// Uses the identity ELU'(x) = ELU(x) + alpha for x <= 0.
public class Solution
{
    public double[][] Elu(double[] x, double alpha)
    {
        var values = new double[x.Length];
        var grads = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] > 0) { values[i] = x[i]; grads[i] = 1; }
            else { values[i] = alpha * (Math.Exp(x[i]) - 1); grads[i] = values[i] + alpha; }
        }
        return new[] { values, grads };
    }
}
