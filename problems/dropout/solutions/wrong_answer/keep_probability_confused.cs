// Treats p as the keep probability: drops with probability 1 - p.
double[] Dropout(double[] x, double p, bool training, int seed)
{
    if (!training) return x.ToArray();
    var random = new Random(seed);
    return x.Select(v => random.NextDouble() < 1 - p ? 0 : v / (1 - p)).ToArray();
}
