// Computes in float: stable, but only ~7 significant digits.
double[] Softmax(double[] logits)
{
    var max = (float)logits.Max();
    var exps = logits.Select(z => MathF.Exp((float)z - max)).ToArray();
    var sum = exps.Sum();
    return exps.Select(e => (double)(e / sum)).ToArray();
}
