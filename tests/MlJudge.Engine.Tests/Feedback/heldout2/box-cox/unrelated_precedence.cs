// problem: box-cox
// expect: none
// Operator-precedence bug: computes x^lambda - 1/lambda (the division applies to the 1 only); lambda 0 is correct.
double[] BoxCox(double[] x, double lambda)
{
    var y = new double[x.Length];
    for (int i = 0; i < x.Length; i++)
        y[i] = lambda == 0 ? Math.Log(x[i]) : Math.Pow(x[i], lambda) - 1 / lambda;
    return y;
}
