// Negative log-likelihood of a stable log-softmax, accumulated with compensated (Kahan) summation.
public class Solution
{
    public static double CrossEntropy(double[][] logits, int[] labels)
    {
        double sum = 0, compensation = 0;
        for (var i = 0; i < logits.Length; i++)
        {
            var row = logits[i];
            var max = double.NegativeInfinity;
            foreach (var z in row) if (z > max) max = z;
            var s = 0.0;
            foreach (var z in row) s += Math.Exp(z - max);
            var nll = -(row[labels[i]] - max - Math.Log(s));
            var y = nll - compensation;
            var t = sum + y;
            compensation = (t - sum) - y;
            sum = t;
        }
        return sum / logits.Length;
    }
}
