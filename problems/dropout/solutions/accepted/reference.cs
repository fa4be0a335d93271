double[] Dropout(double[] x, double p, bool training, int seed)
{
    if (!training) return x.ToArray();
    var random = new Random(seed);
    return x.Select(v => random.NextDouble() < p ? 0 : v / (1 - p)).ToArray();
}
