// problem: sigmoid-derivative
// expect: forgets-upstream
// Stable e^-|x| / (1+e^-|x|)^2 local derivative, but the upstream gradient is never multiplied in (chain rule skipped).
double[] SigmoidBackward(double[] x, double[] upstream)
{
    var g = new double[x.Length];
    for (int i = 0; i < x.Length; i++)
    {
        double e = Math.Exp(-Math.Abs(x[i]));
        double d = 1.0 + e;
        g[i] = e / (d * d);
    }
    return g;
}
