// The textbook formula: overflows to Infinity/Infinity = NaN for large logits.
double[] Softmax(double[] logits)
{
    var exps = logits.Select(Math.Exp).ToArray();
    var sum = exps.Sum();
    return exps.Select(e => e / sum).ToArray();
}
