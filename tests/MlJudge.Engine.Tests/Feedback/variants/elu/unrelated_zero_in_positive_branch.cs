// problem: elu
// expect: none
// Unrelated wrong: puts x = 0 in the positive branch (x >= 0), so the derivative at 0 is 1 instead of alpha (values are unaffected).
double[][] Elu(double[] x, double alpha) => new[]
{
    x.Select(v => v >= 0 ? v : alpha * (Math.Exp(v) - 1)).ToArray(),
    x.Select(v => v >= 0 ? 1.0 : alpha * Math.Exp(v)).ToArray(),
};
