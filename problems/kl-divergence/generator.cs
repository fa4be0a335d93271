public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(1729);
        double[] Dist(int n, double zeroRate = 0)
        {
            var w = Enumerable.Range(0, n).Select(i => i > 0 && random.NextDouble() < zeroRate ? 0 : random.NextDouble() + 1e-3).ToArray();
            var s = w.Sum();
            return w.Select(v => v / s).ToArray();
        }
        GeneratedTest H(string name, double[] p, double[] q) => GeneratedTest.Hidden(name, p, q);
        yield return GeneratedTest.Sample("01-example", new[] { 0.5, 0.5 }, new[] { 0.9, 0.1 });
        yield return GeneratedTest.Sample("02-identical", new[] { 0.2, 0.3, 0.5 }, new[] { 0.2, 0.3, 0.5 });
        yield return H("03-p-has-zero", new[] { 0.0, 1.0 }, new[] { 0.5, 0.5 });
        yield return H("04-q-has-zero-where-p-positive", new[] { 0.5, 0.5 }, new[] { 1.0, 0.0 });
        yield return H("05-both-zero", new[] { 0.0, 0.5, 0.5 }, new[] { 0.0, 0.25, 0.75 });
        yield return H("06-single-outcome", new[] { 1.0 }, new[] { 1.0 });
        yield return H("07-asymmetry", new[] { 0.9, 0.1 }, new[] { 0.5, 0.5 });
        yield return H("08-tiny-q", new[] { 0.5, 0.5 }, new[] { 1 - 1e-300, 1e-300 });
        yield return H("09-uniform-vs-peaked", Enumerable.Repeat(0.25, 4).ToArray(), new[] { 0.97, 0.01, 0.01, 0.01 });
        for (var i = 0; i < 8; i++) { var n = 3 + 5 * i; yield return H($"{10 + i:00}-random-{i}", Dist(n), Dist(n)); }
        for (var i = 0; i < 3; i++) { var n = 20; yield return H($"{18 + i:00}-random-sparse-p-{i}", Dist(n, 0.4), Dist(n)); }
        yield return H("21-long", Dist(50_000), Dist(50_000));
        { var p = Dist(1000); var q = Dist(1000); q[500] = 0; var s = q.Sum(); yield return H("22-q-zero-in-long", p, q.Select(v => v / s).ToArray()); }
    }
}
