// problem: focal-loss
// expect: none
// Unrelated wrong: numerically stable and otherwise exact, but returns the sum of the element losses instead of their mean (right only when n = 1).
double LogSig(double x) => Math.Min(x, 0) - Math.Log(1 + Math.Exp(-Math.Abs(x)));

double FocalLoss(double[] logits, int[] targets, double alpha, double gamma)
{
    double total = 0;
    for (int i = 0; i < logits.Length; i++)
    {
        double s = targets[i] == 1 ? logits[i] : -logits[i];
        double at = targets[i] == 1 ? alpha : 1 - alpha;
        total += -at * Math.Exp(gamma * LogSig(-s)) * LogSig(s);
    }
    return total;
}
