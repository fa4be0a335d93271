// problem: softmax
// expect: no-max-shift
public class Solution
{
    public double[] Softmax(double[] logits)
    {
        var denominator = logits.Aggregate(0.0, (acc, z) => acc + Math.Exp(z));
        return Array.ConvertAll(logits, z => Math.Exp(z) / denominator);
    }
}
