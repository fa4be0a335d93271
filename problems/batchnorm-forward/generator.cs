public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(31337);
        double[][] X(int n, int d, double scale, double offset = 0) => Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => offset + (random.NextDouble() * 2 - 1) * scale).ToArray()).ToArray();
        double[] V(int d, double lo, double hi) => Enumerable.Range(0, d).Select(_ => lo + random.NextDouble() * (hi - lo)).ToArray();
        GeneratedTest H(string name, double[][] x, double[] g, double[] b, double eps) => GeneratedTest.Hidden(name, x, g, b, eps);
        yield return GeneratedTest.Sample("01-example", new[] { new[] { 1.0, 2 }, new[] { 3.0, 6 } }, new[] { 1.0, 1 }, new[] { 0.0, 0 }, 0.0);
        yield return GeneratedTest.Sample("02-scale-and-shift", new[] { new[] { 0.0 }, new[] { 10.0 }, new[] { 20.0 } }, new[] { 2.0 }, new[] { 5.0 }, 1e-5);
        yield return H("03-batch-of-one", new[] { new[] { 3.0, -1, 7 } }, new[] { 1.0, 2, 3 }, new[] { 0.5, -0.5, 0 }, 1e-5);
        yield return H("04-constant-feature", new[] { new[] { 4.0, 1 }, new[] { 4.0, 2 }, new[] { 4.0, 3 } }, new[] { 1.0, 1 }, new[] { 0.0, 0 }, 1e-3);
        yield return H("05-batch-of-two", X(2, 5, 3), V(5, 0.5, 2), V(5, -1, 1), 1e-5);
        yield return H("06-large-offset", X(16, 4, 1, 1e6), V(4, 0.5, 2), V(4, -1, 1), 1e-5);
        // eps well below the variance (~3e-9): with eps = 1e-5 the variance would not matter at all.
        yield return H("07-tiny-variance", X(8, 3, 1e-4), new[] { 1.0, 1, 1 }, new[] { 0.0, 0, 0 }, 1e-10);
        yield return H("08-large-eps", X(10, 3, 0.1), new[] { 1.0, 1, 1 }, new[] { 0.0, 0, 0 }, 1.0);
        yield return H("09-zero-gamma", X(6, 2, 5), new[] { 0.0, 0 }, new[] { 3.0, -3 }, 1e-5);
        for (var i = 0; i < 8; i++) yield return H($"{10 + i:00}-random-{i}", X(4 + 8 * i, 1 + i, 5), V(1 + i, 0.1, 3), V(1 + i, -2, 2), 1e-5);
        for (var i = 0; i < 3; i++) yield return H($"{18 + i:00}-random-scale-{i}", X(32, 8, Math.Pow(10, 2 * i)), V(8, 0.5, 1.5), V(8, -1, 1), 1e-5);
        yield return H("21-large", X(1000, 64, 2, 0.5), V(64, 0.5, 1.5), V(64, -1, 1), 1e-5);
        yield return H("22-wide-features", X(12, 200, 3), V(200, 0.5, 1.5), V(200, -1, 1), 1e-5);
        yield return H("23-negative-gamma", X(9, 3, 2), new[] { -1.0, -0.5, 2 }, new[] { 0.0, 1, -1 }, 1e-5);
    }
}
