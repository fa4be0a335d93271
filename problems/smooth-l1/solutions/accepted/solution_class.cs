// Huber form: smooth L1 with threshold beta equals Huber loss with delta = beta, divided by beta.
public class Solution
{
    public double SmoothL1(double[] predictions, double[] targets, double beta)
    {
        double sum = 0;
        for (var i = 0; i < predictions.Length; i++)
        {
            var a = Math.Abs(predictions[i] - targets[i]);
            var quadratic = Math.Min(a, beta);
            var linear = a - quadratic;
            sum += (0.5 * quadratic * quadratic + beta * linear) / beta;
        }
        return sum / predictions.Length;
    }
}
