// problem: binary-cross-entropy-with-logits
// expect: sum-not-mean
double BceWithLogits(double[] logits, double[] targets)
{
    double loss = 0;
    for (int i = 0; i < logits.Length; i++)
    {
        double z = logits[i], t = targets[i];
        loss += (z > 0 ? z * (1 - t) + Math.Log(1 + Math.Exp(-z)) : -z * t + Math.Log(1 + Math.Exp(z)));
    }
    return loss;
}
