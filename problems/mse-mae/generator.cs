public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(4321);
        double[] U(int n, double s, double o = 0) => Enumerable.Range(0, n).Select(_ => o + (random.NextDouble() * 2 - 1) * s).ToArray();
        GeneratedTest H(string name, double[] p, double[] t) => GeneratedTest.Hidden(name, p, t);
        yield return GeneratedTest.Sample("01-example", new[] { 2.0, 0, 5 }, new[] { 1.0, 0, 2 });
        yield return GeneratedTest.Sample("02-cancelling-errors", new[] { 1.0, -1 }, new[] { 0.0, 0 });
        yield return H("03-perfect", new[] { 1.5, -2 }, new[] { 1.5, -2 });
        yield return H("04-single", new[] { 10.0 }, new[] { 7.0 });
        yield return H("05-one-outlier", new[] { 0.0, 0, 0, 100 }, new[] { 0.0, 0, 0, 0 });
        yield return H("06-large-values", new[] { 1e150, -1e150 }, new[] { 0.0, 0 });
        yield return H("07-tiny-errors", new[] { 1 + 1e-12, 2 - 1e-12 }, new[] { 1.0, 2 });
        yield return H("08-all-over", new[] { 3.0, 4, 5 }, new[] { 1.0, 2, 3 });
        yield return H("09-all-under", new[] { 1.0, 2, 3 }, new[] { 3.0, 4, 5 });
        for (var i = 0; i < 8; i++) { var n = 10 + 25 * i; yield return H($"{10 + i:00}-random-{i}", U(n, 5), U(n, 5)); }
        for (var i = 0; i < 3; i++) { var n = 100; yield return H($"{18 + i:00}-random-offset-{i}", U(n, 1, 1e6), U(n, 1, 1e6)); }
        yield return H("21-long", U(100_000, 3), U(100_000, 3));
        yield return H("22-mixed-signs", U(500, 100), U(500, 100));
    }
}
