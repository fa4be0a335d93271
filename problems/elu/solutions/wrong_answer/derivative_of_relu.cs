// Uses ReLU's derivative (0 for negative inputs) for ELU.
double[][] Elu(double[] x, double alpha) => new[]
{
    x.Select(v => v > 0 ? v : alpha * (Math.Exp(v) - 1)).ToArray(),
    x.Select(v => v > 0 ? 1.0 : 0.0).ToArray(),
};
