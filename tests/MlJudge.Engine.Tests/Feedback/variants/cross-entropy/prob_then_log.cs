// problem: cross-entropy
// expect: log-of-softmax
double CrossEntropy(double[][] logits, int[] labels)
{
    double acc = 0;
    for (int i = 0; i < logits.Length; i++)
    {
        double m = double.MinValue;
        foreach (var v in logits[i]) m = Math.Max(m, v);
        double denom = 0;
        foreach (var v in logits[i]) denom += Math.Exp(v - m);
        double p = Math.Exp(logits[i][labels[i]] - m) / denom;
        acc += -Math.Log(p);
    }
    return acc / logits.Length;
}
