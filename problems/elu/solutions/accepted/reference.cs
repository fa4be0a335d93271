double[][] Elu(double[] x, double alpha) => new[]
{
    x.Select(v => v > 0 ? v : alpha * (Math.Exp(v) - 1)).ToArray(),
    x.Select(v => v > 0 ? 1 : alpha * Math.Exp(v)).ToArray(),
};
