// Forgets the "- 1": alpha * e^x is not continuous at 0.
double[][] Elu(double[] x, double alpha) => new[]
{
    x.Select(v => v > 0 ? v : alpha * Math.Exp(v)).ToArray(),
    x.Select(v => v > 0 ? 1 : alpha * Math.Exp(v)).ToArray(),
};
