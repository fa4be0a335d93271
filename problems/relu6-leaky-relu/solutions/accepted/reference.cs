double[] Activate(double[] x, string kind, double alpha) => kind switch
{
    "relu6" => x.Select(v => Math.Min(Math.Max(v, 0), 6)).ToArray(),
    "leaky" => x.Select(v => v > 0 ? v : alpha * v).ToArray(),
    _ => throw new ArgumentException($"unknown activation {kind}"),
};
