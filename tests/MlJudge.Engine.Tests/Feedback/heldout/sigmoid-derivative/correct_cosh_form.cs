// problem: sigmoid-derivative
// expect: none
// Correct, unusual: sigma'(x) = 1 / (2 + e^x + e^-x) = 1 / (2 + 2 cosh x); no subtraction, and cosh(700) is still finite.
double[] SigmoidBackward(double[] x, double[] upstream)
{
    var g = new double[x.Length];
    for (int i = 0; i < x.Length; i++)
        g[i] = upstream[i] / (2.0 + 2.0 * Math.Cosh(x[i]));
    return g;
}
