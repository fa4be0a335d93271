public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(909);
        double[] U(int n, double s) => Enumerable.Range(0, n).Select(_ => Math.Round((random.NextDouble() * 2 - 1) * s, 6)).ToArray();
        GeneratedTest H(string name, double[] t, double[] g, double[] v, double lr, double mu) => GeneratedTest.Hidden(name, t, g, v, lr, mu);
        yield return GeneratedTest.Sample("01-example", new[] { 1.0 }, new[] { 0.5 }, new[] { 0.2 }, 0.1, 0.9);
        yield return GeneratedTest.Sample("02-first-step", new[] { 1.0, -1 }, new[] { 0.3, -0.2 }, new[] { 0.0, 0 }, 0.01, 0.9);
        yield return H("03-empty", Array.Empty<double>(), Array.Empty<double>(), Array.Empty<double>(), 0.1, 0.9);
        yield return H("04-zero-momentum", new[] { 2.0, 3 }, new[] { 1.0, -1 }, new[] { 5.0, 5 }, 0.5, 0.0);
        yield return H("05-zero-gradient", new[] { 2.0, 3 }, new[] { 0.0, 0 }, new[] { 1.0, -2 }, 0.1, 0.9);
        yield return H("06-high-momentum", U(5, 1), U(5, 1), U(5, 1), 0.01, 0.99);
        yield return H("07-large-learning-rate", U(5, 1), U(5, 1), U(5, 1), 10, 0.5);
        for (var i = 0; i < 12; i++) { var n = 5 + 10 * i; yield return H($"{8 + i:00}-random-{i}", U(n, 3), U(n, 1), U(n, 1), 0.001 * (i + 1), 0.5 + 0.04 * i); }
        yield return H("20-large", U(20_000, 1), U(20_000, 1), U(20_000, 0.1), 0.01, 0.9);
        yield return H("21-tiny-values", U(10, 1).Select(v => v * 1e-10).ToArray(), U(10, 1).Select(v => v * 1e-10).ToArray(), U(10, 1).Select(v => v * 1e-10).ToArray(), 0.1, 0.9);
        yield return H("22-negative-momentum-history", new[] { 0.0, 0 }, new[] { 1.0, 1 }, new[] { -3.0, 3 }, 0.1, 0.9);
    }
}
