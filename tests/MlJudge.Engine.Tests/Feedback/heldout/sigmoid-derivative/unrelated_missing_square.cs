// problem: sigmoid-derivative
// expect: none
// Unrelated bug: stable form but forgets to square the denominator, e^-|x|/(1+e^-|x|) (= sigmoid(-|x|)); upstream is applied.
double[] SigmoidBackward(double[] x, double[] upstream)
{
    var g = new double[x.Length];
    for (int i = 0; i < x.Length; i++)
    {
        double e = Math.Exp(-Math.Abs(x[i]));
        g[i] = upstream[i] * e / (1.0 + e);
    }
    return g;
}
