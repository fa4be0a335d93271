// problem: softmax-jacobian
// expect: unstable-softmax
// Jacobian diag(s) - s s^T is right, but s = exp(z)/sum exp(z) without the max shift overflows (inf/inf = NaN) for large logits.
double[][] SoftmaxJacobian(double[] logits)
{
    int n = logits.Length;
    var e = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) { e[i] = Math.Exp(logits[i]); sum += e[i]; }
    var s = new double[n];
    for (int i = 0; i < n; i++) s[i] = e[i] / sum;
    var J = new double[n][];
    for (int i = 0; i < n; i++)
    {
        J[i] = new double[n];
        for (int j = 0; j < n; j++)
            J[i][j] = (i == j ? s[i] : 0.0) - s[i] * s[j];
    }
    return J;
}
