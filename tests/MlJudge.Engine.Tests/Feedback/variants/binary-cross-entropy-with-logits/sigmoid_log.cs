// problem: binary-cross-entropy-with-logits
// expect: sigmoid-then-log
double BceWithLogits(double[] logits, double[] targets)
{
    double s = 0;
    for (int i = 0; i < logits.Length; i++)
    {
        double p = 1 / (1 + Math.Exp(-logits[i]));
        s -= targets[i] * Math.Log(p) + (1 - targets[i]) * Math.Log(1 - p);
    }
    return s / logits.Length;
}
