// problem: focal-loss
// expect: negatives-not-weighted
// Class form with a stable softplus helper: positives weighted by alpha, negatives left at weight 1 (the 1 - alpha factor missing).
public class Solution
{
    static double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));

    public double FocalLoss(double[] logits, int[] targets, double alpha, double gamma)
    {
        double sum = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            double s = targets[i] == 1 ? logits[i] : -logits[i];
            double negLogPt = Softplus(-s);          // -log sigmoid(s)
            double oneMinusPt = Math.Exp(-Softplus(s)); // sigmoid(-s)
            double weight = targets[i] == 1 ? alpha : 1.0;
            sum += weight * Math.Pow(oneMinusPt, gamma) * negLogPt;
        }
        return sum / logits.Length;
    }
}
