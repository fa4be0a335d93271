// problem: softmax
// expect: none
// Correct: through log-sum-exp, one exp per element.
double[] Softmax(double[] logits)
{
    double m = logits.Max();
    double lse = m + Math.Log(logits.Sum(z => Math.Exp(z - m)));
    return logits.Select(z => Math.Exp(z - lse)).ToArray();
}
