// problem: binary-cross-entropy-with-logits
// expect: none
// Correct: softplus(z) - t z with a stable softplus.
double BceWithLogits(double[] logits, double[] targets)
{
    static double Softplus(double z) => z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
    return logits.Select((z, i) => Softplus(z) - targets[i] * z).Average();
}
