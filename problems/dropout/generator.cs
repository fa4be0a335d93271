public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(555);
        double[] X(int n) => Enumerable.Range(0, n).Select(_ => Math.Round((random.NextDouble() * 2 - 1) * 10, 3)).ToArray();
        GeneratedTest H(string name, double[] x, double p, bool training) => GeneratedTest.Hidden(name, x, p, training, random.Next());
        yield return GeneratedTest.Sample("01-training-half", new[] { 1.0, 2, 3, 4 }, 0.5, true, 7);
        yield return GeneratedTest.Sample("02-evaluation", new[] { 1.0, 2, 3, 4 }, 0.5, false, 7);
        yield return H("03-empty", Array.Empty<double>(), 0.3, true);
        yield return H("04-p-zero", X(50), 0.0, true);
        yield return H("05-eval-ignores-p", X(100), 0.9, false);
        yield return H("06-with-zeros", new[] { 0.0, 0, 1, 0, 2, 0, 3 }, 0.5, true);
        yield return H("07-high-p", X(2000), 0.9, true);
        yield return H("08-low-p", X(2000), 0.05, true);
        for (var i = 0; i < 8; i++) yield return H($"{9 + i:00}-training-{i}", X(500 + 500 * i), 0.1 + 0.1 * i, true);
        for (var i = 0; i < 4; i++) yield return H($"{17 + i:00}-evaluation-{i}", X(300), 0.2 * (i + 1), false);
        yield return H("21-large", X(100_000), 0.3, true);
        yield return H("22-single-element", new[] { 4.2 }, 0.5, true);
        yield return H("23-all-negative", X(1000).Select(v => -Math.Abs(v) - 0.001).ToArray(), 0.4, true);
    }
}
