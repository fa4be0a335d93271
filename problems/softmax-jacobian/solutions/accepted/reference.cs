double[][] SoftmaxJacobian(double[] logits)
{
    var m = logits.Max();
    var e = logits.Select(z => Math.Exp(z - m)).ToArray();
    var total = e.Sum();
    var s = e.Select(v => v / total).ToArray();
    return s.Select((si, i) => s.Select((sj, j) => si * ((i == j ? 1 : 0) - sj)).ToArray()).ToArray();
}
