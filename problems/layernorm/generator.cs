public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(512);
        double[][] X(int n, int d, double scale, double offset = 0) => Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => offset + (random.NextDouble() * 2 - 1) * scale).ToArray()).ToArray();
        double[] V(int d, double lo, double hi) => Enumerable.Range(0, d).Select(_ => lo + random.NextDouble() * (hi - lo)).ToArray();
        GeneratedTest H(string name, double[][] x, double[] g, double[] b, double eps) => GeneratedTest.Hidden(name, x, g, b, eps);
        yield return GeneratedTest.Sample("01-example", new[] { new[] { 1.0, 3 } }, new[] { 1.0, 1 }, new[] { 0.0, 0 }, 0.0);
        yield return GeneratedTest.Sample("02-two-tokens", new[] { new[] { 0.0, 1, 2 }, new[] { 10.0, 10, 13 } }, new[] { 1.0, 2, 0.5 }, new[] { 0.0, 1, -1 }, 1e-5);
        yield return H("03-single-feature", new[] { new[] { 4.0 }, new[] { -2.0 } }, new[] { 3.0 }, new[] { 0.25 }, 1e-5);
        yield return H("04-constant-row", new[] { new[] { 5.0, 5, 5, 5 } }, new[] { 1.0, 1, 1, 1 }, new[] { 0.0, 0, 0, 0 }, 1e-3);
        yield return H("05-single-row-batch", X(1, 8, 3), V(8, 0.5, 2), V(8, -1, 1), 1e-5);
        yield return H("06-large-offset", X(5, 16, 1, 1e6), V(16, 0.5, 2), V(16, -1, 1), 1e-5);
        // eps well below the variance (~3e-9): with eps = 1e-5 the variance would not matter at all.
        yield return H("07-tiny-variance", X(4, 6, 1e-4), V(6, 1, 1), V(6, 0, 0), 1e-10);
        yield return H("08-large-eps", X(3, 4, 0.1), V(4, 1, 1), V(4, 0, 0), 1.0);
        for (var i = 0; i < 10; i++) yield return H($"{9 + i:00}-random-{i}", X(2 + 3 * i, 2 + 6 * i, 2 + i), V(2 + 6 * i, 0.2, 2), V(2 + 6 * i, -1, 1), 1e-5);
        yield return H("19-transformer-width", X(16, 512, 1), V(512, 0.8, 1.2), V(512, -0.1, 0.1), 1e-5);
        yield return H("20-large-batch", X(1000, 32, 3), V(32, 0.5, 1.5), V(32, -1, 1), 1e-6);
        yield return H("21-negative-gamma", X(3, 3, 2), new[] { -1.0, 0, 2 }, new[] { 0.0, 0, 0 }, 1e-5);
        yield return H("22-ones-gamma-zero-beta", X(7, 5, 4), Enumerable.Repeat(1.0, 5).ToArray(), new double[5], 1e-5);
    }
}
