double[] Norms(double[] x)
{
    var linf = x.Length == 0 ? 0 : x.Max(Math.Abs);
    var l2 = linf == 0 ? 0 : linf * Math.Sqrt(x.Sum(v => (v / linf) * (v / linf)));
    return new[] { (double)x.Count(v => v != 0), x.Sum(Math.Abs), l2, linf };
}
