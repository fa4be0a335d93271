// Right formula, but the softmax is not shifted: overflows for large logits.
double[][] SoftmaxJacobian(double[] logits)
{
    var e = logits.Select(Math.Exp).ToArray();
    var s = e.Select(v => v / e.Sum()).ToArray();
    return s.Select((si, i) => s.Select((sj, j) => si * ((i == j ? 1 : 0) - sj)).ToArray()).ToArray();
}
