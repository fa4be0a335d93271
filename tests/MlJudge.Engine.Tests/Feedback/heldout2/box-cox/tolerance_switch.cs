// problem: box-cox
// expect: small-lambda-treated-as-zero
// Treats |lambda| < 1e-3 as zero (uses ln x), which is wrong for small nonzero lambda like 1e-4.
double[] BoxCox(double[] x, double lambda)
{
    const double Tiny = 1e-3;
    bool useLog = Math.Abs(lambda) < Tiny;
    return Array.ConvertAll(x, v => useLog ? Math.Log(v) : (Math.Pow(v, lambda) - 1) / lambda);
}
