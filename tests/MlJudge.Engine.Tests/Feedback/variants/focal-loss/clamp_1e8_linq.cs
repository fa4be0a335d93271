// problem: focal-loss
// expect: clamped-probabilities
// LINQ: stable two-branch sigmoid, then p clamped into [1e-8, 1 - 1e-8] before log(p_t) (a different clamp constant), capping confidently wrong terms.
double FocalLoss(double[] logits, int[] targets, double alpha, double gamma) =>
    logits.Select((z, i) =>
    {
        double p = z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
        p = Math.Min(Math.Max(p, 1e-8), 1 - 1e-8);
        double pt = targets[i] == 1 ? p : 1 - p;
        double at = targets[i] == 1 ? alpha : 1 - alpha;
        return -at * Math.Pow(1 - pt, gamma) * Math.Log(pt);
    }).Average();
