// problem: box-cox
// expect: none
// Correct, unusual: computes ln x once, then (exp(lambda*ln x) - 1)/lambda via a series for tiny lambda*ln x to avoid cancellation.
double[] BoxCox(double[] x, double lambda)
{
    var y = new double[x.Length];
    for (int i = 0; i < x.Length; i++)
    {
        double l = Math.Log(x[i]);
        if (lambda == 0) { y[i] = l; continue; }
        double z = lambda * l;
        double em1;
        if (Math.Abs(z) < 1e-5) em1 = z * (1 + z / 2 * (1 + z / 3));
        else em1 = Math.Exp(z) - 1;
        y[i] = em1 / lambda;
    }
    return y;
}
