public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(66);
        double[] U(int n, double s) => Enumerable.Range(0, n).Select(_ => Math.Round((random.NextDouble() * 2 - 1) * s, 4)).ToArray();
        GeneratedTest H(string name, double[] x, string kind, double alpha) => GeneratedTest.Hidden(name, x, kind, alpha);
        yield return GeneratedTest.Sample("01-relu6", new[] { -2.0, 3, 8 }, "relu6", 0.0);
        yield return GeneratedTest.Sample("02-leaky", new[] { -2.0, 3, 8 }, "leaky", 0.1);
        yield return H("03-empty-relu6", Array.Empty<double>(), "relu6", 0.0);
        yield return H("04-empty-leaky", Array.Empty<double>(), "leaky", 0.2);
        yield return H("05-relu6-boundaries", new[] { 0.0, 6, 5.999999, 6.000001, -0.0 }, "relu6", 0.0);
        yield return H("06-leaky-zero", new[] { 0.0, -0.0 }, "leaky", 0.3);
        yield return H("07-leaky-alpha-zero", new[] { -5.0, 5 }, "leaky", 0.0);
        yield return H("08-relu6-ignores-alpha", new[] { -1.0, 7 }, "relu6", 0.5);
        yield return H("09-large-values", new[] { -1e300, 1e300 }, "relu6", 0.0);
        yield return H("10-leaky-large-negative", new[] { -1e300, 1e-300 }, "leaky", 0.01);
        for (var i = 0; i < 5; i++) yield return H($"{11 + i:00}-random-relu6-{i}", U(20 + 20 * i, 12), "relu6", 0.0);
        for (var i = 0; i < 5; i++) yield return H($"{16 + i:00}-random-leaky-{i}", U(20 + 20 * i, 12), "leaky", 0.01 + 0.1 * i);
        yield return H("21-long", U(50_000, 20), "leaky", 0.2);
        yield return H("22-long-relu6", U(50_000, 20), "relu6", 0.0);
    }
}
