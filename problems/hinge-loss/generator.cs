public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(17);
        (double[], int[]) D(int n, double s, int digits = 3) => (Enumerable.Range(0, n).Select(_ => Math.Round((random.NextDouble() * 2 - 1) * s, digits)).ToArray(), Enumerable.Range(0, n).Select(_ => random.Next(2) * 2 - 1).ToArray());
        GeneratedTest H(string name, (double[] s, int[] l) d) => GeneratedTest.Hidden(name, d.s, d.l);
        yield return GeneratedTest.Sample("01-example", new[] { 2.0, 0.5, -1 }, new[] { 1, 1, 1 });
        yield return GeneratedTest.Sample("02-negative-class", new[] { -2.0, 0.3 }, new[] { -1, -1 });
        yield return H("03-exactly-on-margin", (new[] { 1.0, -1 }, new[] { 1, -1 }));
        yield return H("04-all-confident", (new[] { 5.0, -7, 3 }, new[] { 1, -1, 1 }));
        yield return H("05-all-wrong", (new[] { -2.0, 3 }, new[] { 1, -1 }));
        yield return H("06-zero-scores", (new[] { 0.0, 0, 0 }, new[] { 1, -1, 1 }));
        yield return H("07-single", (new[] { 0.25 }, new[] { 1 }));
        yield return H("08-inside-margin", (new[] { 0.9, -0.1, 0.5 }, new[] { 1, -1, 1 }));
        for (var i = 0; i < 10; i++) yield return H($"{9 + i:00}-random-{i}", D(10 + 15 * i, 0.5 + 0.5 * i));
        yield return H("19-large-scores", D(200, 1e6));
        yield return H("20-tiny-scores", D(200, 1e-6, 9));
        yield return H("21-long", D(100_000, 3));
        yield return H("22-imbalanced", (Enumerable.Range(0, 100).Select(i => i * 0.05 - 2).ToArray(), Enumerable.Range(0, 100).Select(i => i < 90 ? 1 : -1).ToArray()));
    }
}
