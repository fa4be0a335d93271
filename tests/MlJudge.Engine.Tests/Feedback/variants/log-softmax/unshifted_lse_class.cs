// problem: log-softmax
// expect: no-max-shift
// Class form: accumulates sum of exp(z) over the raw logits in a loop (no max shift) and subtracts its log from every logit.
public class Solution
{
    public double[] LogSoftmax(double[] logits)
    {
        double sum = 0;
        for (int i = logits.Length - 1; i >= 0; i--) sum += Math.Exp(logits[i]);
        double logZ = Math.Log(sum);
        var result = new double[logits.Length];
        for (int i = 0; i < logits.Length; i++) result[i] = logits[i] - logZ;
        return result;
    }
}
