public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(11);
        double[] U(int n, double s) => Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 2 - 1) * s).ToArray();
        GeneratedTest H(string name, double[] p, double[] t, double beta) => GeneratedTest.Hidden(name, p, t, beta);
        yield return GeneratedTest.Sample("01-example", new[] { 0.0, 2, 0.5 }, new[] { 0.0, 0, 0 }, 1.0);
        yield return GeneratedTest.Sample("02-small-beta", new[] { 0.05, -0.3 }, new[] { 0.0, 0.0 }, 0.1);
        yield return H("03-perfect", new[] { 1.0, 2, 3 }, new[] { 1.0, 2, 3 }, 1.0);
        yield return H("04-exactly-beta", new[] { 1.0, -1.0 }, new[] { 0.0, 0.0 }, 1.0);
        yield return H("05-all-quadratic", new[] { 0.1, -0.2, 0.3 }, new[] { 0.0, 0.0, 0.0 }, 0.5);
        yield return H("06-all-linear", new[] { 10.0, -20.0, 30.0 }, new[] { 0.0, 0.0, 0.0 }, 0.5);
        yield return H("07-beta-one-ninth", new[] { 0.05, 0.2, -0.01 }, new[] { 0.0, 0.0, 0.0 }, 1.0 / 9);
        yield return H("08-large-beta", new[] { 1.0, 3.0 }, new[] { 0.0, 0.0 }, 5.0);
        yield return H("09-single", new[] { 7.0 }, new[] { 7.5 }, 0.25);
        yield return H("10-outlier", new[] { 0.0, 0.0, 1000.0 }, new[] { 0.1, -0.1, 0.0 }, 1.0);
        for (var i = 0; i < 8; i++) { var n = 10 + 20 * i; yield return H($"{11 + i:00}-random-{i}", U(n, 3), U(n, 3), 0.1 + 0.3 * i); }
        for (var i = 0; i < 3; i++) { var n = 40; yield return H($"{19 + i:00}-random-tiny-beta-{i}", U(n, 0.01), U(n, 0.01), 0.002); }
        yield return H("22-long", U(20_000, 5), U(20_000, 5), 1.0);
    }
}
