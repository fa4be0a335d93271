// An independent formulation: softmax_i = exp(z_i - logsumexp(z)), with logsumexp computed stably.
public class Solution
{
    public static double[] Softmax(double[] logits)
    {
        var max = double.NegativeInfinity;
        foreach (var z in logits) max = Math.Max(max, z);
        var sum = 0.0;
        foreach (var z in logits) sum += Math.Exp(z - max);
        var logSumExp = max + Math.Log(sum);
        var result = new double[logits.Length];
        for (var i = 0; i < logits.Length; i++) result[i] = Math.Exp(logits[i] - logSumExp);
        return result;
    }
}
