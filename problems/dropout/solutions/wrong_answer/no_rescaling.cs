// Drops but forgets the 1/(1-p) scaling (that belongs to the old, non-inverted variant at inference).
double[] Dropout(double[] x, double p, bool training, int seed)
{
    if (!training) return x.ToArray();
    var random = new Random(seed);
    return x.Select(v => random.NextDouble() < p ? 0 : v).ToArray();
}
