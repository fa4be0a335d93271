// problem: softmax-jacobian
// expect: diagonal-only
// Stable softmax, but only the diagonal s_i(1-s_i) is filled; the off-diagonal -s_i s_j terms are left at 0 (treated as element-wise).
double[][] SoftmaxJacobian(double[] logits)
{
    int n = logits.Length;
    double m = logits.Max();
    var s = logits.Select(z => Math.Exp(z - m)).ToArray();
    double tot = s.Sum();
    for (int i = 0; i < n; i++) s[i] /= tot;
    var J = new double[n][];
    for (int i = 0; i < n; i++)
    {
        J[i] = new double[n];
        J[i][i] = s[i] * (1 - s[i]);
    }
    return J;
}
