public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(8);
        double[][] X(int n, int d, double s) => Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => Math.Round((random.NextDouble() * 2 - 1) * s, 1)).ToArray()).ToArray();
        GeneratedTest H(string name, double[][] x, double t) => GeneratedTest.Hidden(name, x, t);
        yield return GeneratedTest.Sample("01-example", new[] { new[] { 0.5, -1 }, new[] { 2.0, 0 } }, 0.0);
        yield return GeneratedTest.Sample("02-threshold-one", new[] { new[] { 1.0, 1.5, 0.9 } }, 1.0);
        // Rows of different lengths, one empty: the samples show every shape the hidden tests take (custom input follows them).
        yield return GeneratedTest.Sample("03-ragged-rows", new[] { new[] { 3.0, -1, 0.5 }, Array.Empty<double>(), new[] { 0.75 } }, 0.5);
        yield return H("04-empty", Array.Empty<double[]>(), 0.5);
        yield return H("05-empty-rows", new[] { Array.Empty<double>(), Array.Empty<double>() }, 0.5);
        yield return H("06-all-equal-threshold", new[] { new[] { 2.0, 2, 2 } }, 2.0);
        yield return H("07-negative-threshold", new[] { new[] { -3.0, -2, -1, 0 } }, -2.0);
        yield return H("08-tiny-differences", new[] { new[] { 1e-300, -1e-300, 0 } }, 0.0);
        yield return H("09-large-values", new[] { new[] { 1e300, -1e300 } }, 1e299);
        yield return H("10-ragged-rows", new[] { new[] { 1.0 }, new[] { 0.0, 2, 3 }, Array.Empty<double>() }, 1.0);
        for (var i = 0; i < 10; i++) yield return H($"{11 + i:00}-random-{i}", X(3 + 4 * i, 1 + i % 5, 3), Math.Round((random.NextDouble() * 2 - 1) * 2, 1));
        yield return H("21-large", X(500, 40, 10), 0.5);
        yield return H("22-integers-at-threshold", Enumerable.Range(0, 10).Select(i => Enumerable.Range(0, 10).Select(j => (double)((i + j) % 5)).ToArray()).ToArray(), 2.0);
        yield return H("23-single-value", new[] { new[] { 0.3 } }, 0.3);
    }
}
