// problem: softmax-jacobian
// expect: none
// Correct, unusual: s_i = exp(z_i - logsumexp(z)); off-diagonals filled symmetrically from the upper triangle, diagonal s_i - s_i^2.
double[][] SoftmaxJacobian(double[] logits)
{
    int n = logits.Length;
    double m = double.NegativeInfinity;
    foreach (var z in logits) if (z > m) m = z;
    double acc = 0;
    foreach (var z in logits) acc += Math.Exp(z - m);
    double lse = m + Math.Log(acc);
    var s = new double[n];
    for (int i = 0; i < n; i++) s[i] = Math.Exp(logits[i] - lse);
    var J = new double[n][];
    for (int i = 0; i < n; i++) J[i] = new double[n];
    for (int i = 0; i < n; i++)
    {
        J[i][i] = s[i] - s[i] * s[i];
        for (int j = i + 1; j < n; j++)
        {
            double v = -s[i] * s[j];
            J[i][j] = v;
            J[j][i] = v;
        }
    }
    return J;
}
