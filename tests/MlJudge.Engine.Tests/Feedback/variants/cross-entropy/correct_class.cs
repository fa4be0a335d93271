// problem: cross-entropy
// expect: none
// Correct: class form, log-sum-exp written with a running maximum (online softmax normaliser).
public class Solution
{
    public static double CrossEntropy(double[][] logits, int[] labels)
    {
        double sum = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            double m = double.NegativeInfinity, s = 0;
            foreach (var v in logits[i])
            {
                if (v > m) { s = s * Math.Exp(m - v) + 1; m = v; }
                else s += Math.Exp(v - m);
            }
            sum += m + Math.Log(s) - logits[i][labels[i]];
        }
        return sum / logits.Length;
    }
}
