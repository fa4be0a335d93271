// problem: softmax-jacobian
// expect: none
// Unrelated bug: sign error, off-diagonal entries +s_i s_j instead of -s_i s_j (diagonal and stable softmax right).
double[][] SoftmaxJacobian(double[] logits)
{
    int n = logits.Length;
    double m = logits.Max();
    var s = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) { s[i] = Math.Exp(logits[i] - m); sum += s[i]; }
    for (int i = 0; i < n; i++) s[i] /= sum;
    var J = new double[n][];
    for (int i = 0; i < n; i++)
    {
        J[i] = new double[n];
        for (int j = 0; j < n; j++)
            J[i][j] = i == j ? s[i] * (1 - s[i]) : s[i] * s[j];
    }
    return J;
}
