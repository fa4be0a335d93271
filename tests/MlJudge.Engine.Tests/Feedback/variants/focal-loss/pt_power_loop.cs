// problem: focal-loss
// expect: modulating-factor-inverted
// Stable log p_t from log-sigmoid, but the modulating factor is Math.Pow(p_t, gamma) instead of (1 - p_t)^gamma; summed backwards.
double FocalLoss(double[] logits, int[] targets, double alpha, double gamma)
{
    double total = 0;
    for (int i = logits.Length - 1; i >= 0; i--)
    {
        double s = targets[i] == 1 ? logits[i] : -logits[i];
        double logPt = Math.Min(s, 0) - Math.Log(1 + Math.Exp(-Math.Abs(s)));
        double pt = Math.Exp(logPt);
        double at = targets[i] == 1 ? alpha : 1 - alpha;
        total -= at * Math.Pow(pt, gamma) * logPt;
    }
    return total / logits.Length;
}
