// problem: log-softmax
// expect: none
// Correct: folds the normaliser with a stable logaddexp(a, b) = max + log(1 + exp(-|a - b|)), never leaving log space.
double[] LogSoftmax(double[] logits)
{
    double lse = logits.Aggregate(double.NegativeInfinity, (acc, z) =>
    {
        if (double.IsNegativeInfinity(acc)) return z;
        double hi = Math.Max(acc, z), lo = Math.Min(acc, z);
        return hi + Math.Log(1 + Math.Exp(lo - hi));
    });
    return logits.Select(z => z - lse).ToArray();
}
