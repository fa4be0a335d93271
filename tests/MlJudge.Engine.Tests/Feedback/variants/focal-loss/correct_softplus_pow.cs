// problem: focal-loss
// expect: none
// Correct: -log p_t as softplus(-s) and 1 - p_t as a stable two-branch sigmoid(-s), modulating factor via Math.Pow (Pow(0, 0) = 1 as required).
double FocalLoss(double[] logits, int[] targets, double alpha, double gamma)
{
    double Sig(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));
    double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));
    double acc = 0;
    for (int i = 0; i < logits.Length; i++)
    {
        bool pos = targets[i] == 1;
        double s = pos ? logits[i] : -logits[i];
        acc += (pos ? alpha : 1 - alpha) * Math.Pow(Sig(-s), gamma) * Softplus(-s);
    }
    return acc / logits.Length;
}
