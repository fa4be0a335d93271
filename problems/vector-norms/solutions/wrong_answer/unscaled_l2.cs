// Squares directly: overflows to Infinity for huge entries and loses tiny ones.
double[] Norms(double[] x) => new[]
{
    (double)x.Count(v => v != 0), x.Sum(Math.Abs), Math.Sqrt(x.Sum(v => v * v)), x.Length == 0 ? 0 : x.Max(Math.Abs),
};
