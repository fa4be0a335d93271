public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(777);
        double[] U(int n, double s) => Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 2 - 1) * s).ToArray();
        double[] Pos(int n, double s) => Enumerable.Range(0, n).Select(_ => random.NextDouble() * s).ToArray();
        GeneratedTest H(string name, double[] th, double[] g, double[] m, double[] v, int t, double lr = 0.001, double b1 = 0.9, double b2 = 0.999, double eps = 1e-8)
            => GeneratedTest.Hidden(name, th, g, m, v, t, lr, b1, b2, eps);
        yield return GeneratedTest.Sample("01-first-step", new[] { 1.0 }, new[] { 0.5 }, new[] { 0.0 }, new[] { 0.0 }, 1, 0.1, 0.9, 0.999, 1e-8);
        yield return GeneratedTest.Sample("02-later-step", new[] { 1.0, -2 }, new[] { 0.1, -0.3 }, new[] { 0.05, -0.02 }, new[] { 0.001, 0.004 }, 10, 0.01, 0.9, 0.999, 1e-8);
        yield return H("03-empty", Array.Empty<double>(), Array.Empty<double>(), Array.Empty<double>(), Array.Empty<double>(), 1);
        yield return H("04-zero-gradient", new[] { 1.0, 2 }, new[] { 0.0, 0 }, new[] { 0.0, 0 }, new[] { 0.0, 0 }, 1);
        yield return H("05-tiny-gradients", U(5, 1), U(5, 1e-9), new double[5], new double[5], 1);
        yield return H("06-second-step", U(4, 1), U(4, 1), U(4, 0.1), Pos(4, 0.01), 2);
        yield return H("07-many-steps", U(6, 1), U(6, 1), U(6, 0.1), Pos(6, 0.01), 10_000);
        yield return H("08-beta1-zero", U(4, 1), U(4, 1), U(4, 0.1), Pos(4, 0.01), 3, 0.01, 0.0, 0.999);
        yield return H("09-large-eps", U(4, 1), U(4, 1e-3), new double[4], new double[4], 1, 0.01, 0.9, 0.999, 1e-3);
        yield return H("10-large-gradients", U(4, 1), U(4, 1e6), new double[4], new double[4], 1);
        for (var i = 0; i < 8; i++) yield return H($"{11 + i:00}-random-{i}", U(10 + 10 * i, 2), U(10 + 10 * i, 1), U(10 + 10 * i, 0.2), Pos(10 + 10 * i, 0.05), 1 + 7 * i, 0.001 * (i + 1));
        for (var i = 0; i < 3; i++) yield return H($"{19 + i:00}-random-betas-{i}", U(20, 2), U(20, 1), U(20, 0.2), Pos(20, 0.05), 5 + i, 0.01, 0.5 + 0.2 * i, 0.9 + 0.03 * i);
        yield return H("22-large", U(20_000, 1), U(20_000, 1), U(20_000, 0.1), Pos(20_000, 0.01), 100);
    }
}
