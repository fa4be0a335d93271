// problem: box-cox
// expect: log10-at-lambda-zero
// LINQ Select; lambda == 0 branch uses Math.Log10 instead of the natural log (constant factor off only at lambda 0).
double[] BoxCox(double[] x, double lambda)
{
    return x.Select(v => lambda == 0.0 ? Math.Log10(v) : (Math.Pow(v, lambda) - 1.0) / lambda).ToArray();
}
