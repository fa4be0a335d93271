// Independent form: -(y log sigma(z) + (1-y) log sigma(-z)) with a stable log-sigmoid.
public class Solution
{
    private static double LogSigmoid(double z) => z >= 0 ? -Math.Log(1 + Math.Exp(-z)) : z - Math.Log(1 + Math.Exp(z));

    public static double BceWithLogits(double[] logits, double[] targets)
    {
        var sum = 0.0;
        for (var i = 0; i < logits.Length; i++)
            sum -= targets[i] * LogSigmoid(logits[i]) + (1 - targets[i]) * LogSigmoid(-logits[i]);
        return sum / logits.Length;
    }
}
