// problem: sigmoid
// expect: naive-formula
// Class form, explicit loop with an empty-input early return, using 1 / (1 + e^-x) for every input.
public class Solution
{
    public double[] Sigmoid(double[] x)
    {
        if (x.Length == 0) return new double[0];
        var result = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            double denominator = 1.0 + Math.Exp(-x[i]);
            result[i] = 1.0 / denominator;
        }
        return result;
    }
}
