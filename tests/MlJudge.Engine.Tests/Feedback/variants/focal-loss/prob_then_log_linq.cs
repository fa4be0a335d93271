// problem: focal-loss
// expect: sigmoid-then-log
// LINQ over zipped pairs: p = 1 / (1 + e^-z) first, then -alpha_t (1 - p_t)^gamma log(p_t) - log(0) and overflow for confident logits.
double FocalLoss(double[] logits, int[] targets, double alpha, double gamma) =>
    logits.Zip(targets, (z, y) =>
    {
        double p = 1.0 / (1.0 + Math.Exp(-z));
        double pt = y == 1 ? p : 1.0 - p;
        return -(y == 1 ? alpha : 1.0 - alpha) * Math.Pow(1.0 - pt, gamma) * Math.Log(pt);
    }).Sum() / logits.Length;
