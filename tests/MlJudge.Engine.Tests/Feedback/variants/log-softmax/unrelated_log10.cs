// problem: log-softmax
// expect: none
// Unrelated wrong: stable log-sum-exp but with Math.Log10 for the normaliser (base-10 log of the shifted sum).
double[] LogSoftmax(double[] logits)
{
    double m = logits.Max();
    double lse = m + Math.Log10(logits.Sum(z => Math.Exp(z - m)));
    return logits.Select(z => z - lse).ToArray();
}
