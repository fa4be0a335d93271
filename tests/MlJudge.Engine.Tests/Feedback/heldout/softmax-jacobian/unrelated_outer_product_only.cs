// problem: softmax-jacobian
// expect: none
// Unrelated bug: forgets diag(s) and returns -s s^T only (diagonal is -s_i^2), stable softmax.
double[][] SoftmaxJacobian(double[] logits)
{
    int n = logits.Length;
    double m = logits.Max();
    var s = logits.Select(z => Math.Exp(z - m)).ToArray();
    double tot = s.Sum();
    s = s.Select(v => v / tot).ToArray();
    return s.Select(si => s.Select(sj => -si * sj).ToArray()).ToArray();
}
