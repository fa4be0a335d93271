// problem: box-cox
// expect: none
// Divides by |lambda| instead of lambda, so every negative lambda gets the sign of the result flipped.
double[] BoxCox(double[] x, double lambda)
{
    var y = new double[x.Length];
    for (int i = 0; i < x.Length; i++)
        y[i] = lambda == 0 ? Math.Log(x[i]) : (Math.Pow(x[i], lambda) - 1) / Math.Abs(lambda);
    return y;
}
