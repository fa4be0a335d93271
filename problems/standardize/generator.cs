public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(606);
        double[][] X(int n, int d, double scale, double offset = 0) => Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => offset + (random.NextDouble() * 2 - 1) * scale).ToArray()).ToArray();
        GeneratedTest H(string name, double[][] x) => GeneratedTest.Hidden(name, (object)x);
        yield return GeneratedTest.Sample("01-example", (object)new[] { new[] { 1.0, 10 }, new[] { 3.0, 10 } });
        yield return GeneratedTest.Sample("02-three-rows", (object)new[] { new[] { 0.0 }, new[] { 1.0 }, new[] { 2.0 } });
        yield return H("03-single-row", new[] { new[] { 5.0, -3, 2 } });
        yield return H("04-all-constant", new[] { new[] { 7.0, 7 }, new[] { 7.0, 7 }, new[] { 7.0, 7 } });
        yield return H("05-two-rows", new[] { new[] { -1.0, 4 }, new[] { 3.0, 8 } });
        yield return H("06-large-offset", X(20, 3, 1, 1e7));
        yield return H("07-tiny-scale", X(20, 3, 1e-6));
        yield return H("08-mixed-scales", X(30, 4, 1).Select((r, i) => new[] { r[0] * 1e6, r[1] * 1e-6, r[2], 42.0 }).ToArray());
        yield return H("09-one-outlier", Enumerable.Range(0, 50).Select(i => new[] { i == 49 ? 1000.0 : 1.0 }).ToArray());
        for (var i = 0; i < 8; i++) yield return H($"{10 + i:00}-random-{i}", X(5 + 10 * i, 1 + i, 3 + i, i - 4));
        for (var i = 0; i < 3; i++) yield return H($"{18 + i:00}-integers-{i}", Enumerable.Range(0, 25).Select(_ => Enumerable.Range(0, 3).Select(_ => (double)random.Next(0, 5)).ToArray()).ToArray());
        yield return H("21-large", X(2000, 50, 10, 3));
        yield return H("22-negative-values", X(40, 2, 5, -100));
        // Constant columns whose computed mean is not exactly their value: a tiny std survives the rounding.
        yield return H("23-constant-non-integer", new[] { new[] { 0.1, 1.0 }, new[] { 0.1, 2.0 }, new[] { 0.1, 4.0 } });
        yield return H("24-constant-non-integer-columns", Enumerable.Range(0, 7).Select(i => new[] { 0.7, -1.1 * i, 1e-3 / 3, 12345.678 }).ToArray());
    }
}
