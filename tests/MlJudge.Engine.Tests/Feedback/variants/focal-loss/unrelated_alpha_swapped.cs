// problem: focal-loss
// expect: none
// Unrelated wrong (adversarial to negatives-not-weighted: also a class-weight bug, right when alpha = 0.5): alpha on negatives and 1 - alpha on positives.
double LogSig(double x) => Math.Min(x, 0) - Math.Log(1 + Math.Exp(-Math.Abs(x)));

double FocalLoss(double[] logits, int[] targets, double alpha, double gamma)
{
    double total = 0;
    for (int i = 0; i < logits.Length; i++)
    {
        double s = targets[i] == 1 ? logits[i] : -logits[i];
        double at = targets[i] == 1 ? 1 - alpha : alpha;
        total += -at * Math.Exp(gamma * LogSig(-s)) * LogSig(s);
    }
    return total / logits.Length;
}
