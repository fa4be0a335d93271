// problem: sigmoid-derivative
// expect: none
// Unrelated bug: multiplies upstream by the (stable) sigmoid itself instead of its derivative; upstream is used, no 1-s cancellation.
double[] SigmoidBackward(double[] x, double[] upstream)
{
    var g = new double[x.Length];
    for (int i = 0; i < x.Length; i++)
    {
        double v = x[i];
        double s = v >= 0 ? 1.0 / (1.0 + Math.Exp(-v)) : Math.Exp(v) / (1.0 + Math.Exp(v));
        g[i] = upstream[i] * s;
    }
    return g;
}
