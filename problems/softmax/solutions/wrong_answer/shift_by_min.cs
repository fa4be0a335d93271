// Shifts by the minimum instead of the maximum: still overflows when the logits are spread out.
double[] Softmax(double[] logits)
{
    var min = logits.Min();
    var exps = logits.Select(z => Math.Exp(z - min)).ToArray();
    var sum = exps.Sum();
    return exps.Select(e => e / sum).ToArray();
}
