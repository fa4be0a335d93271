// problem: elu
// expect: none
// Unrelated wrong (right when alpha = 1): derivative on the negative side is e^x, the alpha factor forgotten.
double[][] Elu(double[] x, double alpha) => new[]
{
    x.Select(v => v > 0 ? v : alpha * (Math.Exp(v) - 1)).ToArray(),
    x.Select(v => v > 0 ? 1.0 : Math.Exp(v)).ToArray(),
};
