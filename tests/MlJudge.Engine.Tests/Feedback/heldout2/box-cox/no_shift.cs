// problem: box-cox
// expect: missing-minus-one
// Loop computing x^lambda / lambda (the "- 1" dropped) for nonzero lambda; natural log at lambda 0.
double[] BoxCox(double[] x, double lambda)
{
    var y = new double[x.Length];
    for (int i = 0; i < y.Length; i++)
    {
        if (lambda != 0) y[i] = Math.Pow(x[i], lambda) / lambda;
        else y[i] = Math.Log(x[i]);
    }
    return y;
}
