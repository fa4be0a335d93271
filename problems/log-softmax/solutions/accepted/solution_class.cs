// Streaming log-sum-exp: one pass keeps a running maximum and rescales the running sum when it grows.
public class Solution
{
    public double[] LogSoftmax(double[] logits)
    {
        var max = double.NegativeInfinity;
        var sum = 0.0;
        foreach (var z in logits)
        {
            if (z <= max) sum += Math.Exp(z - max);
            else { sum = sum * Math.Exp(max - z) + 1; max = z; }
        }
        var logSum = max + Math.Log(sum);
        var result = new double[logits.Length];
        for (var i = 0; i < logits.Length; i++) result[i] = logits[i] - logSum;
        return result;
    }
}
