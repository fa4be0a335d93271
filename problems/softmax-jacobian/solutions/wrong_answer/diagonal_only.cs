// Element-wise derivative only (like sigmoid): drops the off-diagonal terms.
double[][] SoftmaxJacobian(double[] logits)
{
    var m = logits.Max();
    var e = logits.Select(z => Math.Exp(z - m)).ToArray();
    var s = e.Select(v => v / e.Sum()).ToArray();
    return s.Select((si, i) => s.Select((_, j) => i == j ? si * (1 - si) : 0).ToArray()).ToArray();
}
