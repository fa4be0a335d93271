// problem: box-cox
// expect: no-lambda-zero-case
// Uses exp(lambda*ln x) for the power and never special-cases lambda 0, so lambda 0 gives 0/0 = NaN.
double[] BoxCox(double[] x, double lambda)
{
    double[] result = new double[x.Length];
    int i = 0;
    foreach (double v in x)
    {
        double p = Math.Exp(lambda * Math.Log(v));
        result[i++] = (p - 1) / lambda;
    }
    return result;
}
