public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(314);
        double[] Logits(int n, double scale) => Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 2 - 1) * scale).ToArray();
        double[] Hard(int n) => Enumerable.Range(0, n).Select(_ => (double)random.Next(2)).ToArray();
        double[] Soft(int n) => Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        yield return GeneratedTest.Sample("01-basic", new[] { 0.0, 2.0 }, new[] { 1.0, 0.0 });
        yield return GeneratedTest.Sample("02-confident-right", new[] { 10.0, -10.0 }, new[] { 1.0, 0.0 });
        yield return GeneratedTest.Hidden("03-single-zero", new[] { 0.0 }, new[] { 0.0 });
        yield return GeneratedTest.Hidden("04-confident-wrong", new[] { 50.0, -50.0 }, new[] { 0.0, 1.0 });
        yield return GeneratedTest.Hidden("05-saturating-sigmoid", new[] { 40.0, 37.0, -40.0 }, new[] { 0.0, 0.0, 1.0 });
        yield return GeneratedTest.Hidden("06-extreme-logits", new[] { 800.0, -800.0, 5000.0 }, new[] { 0.0, 1.0, 1.0 });
        yield return GeneratedTest.Hidden("07-soft-labels", new[] { 1.5, -0.5, 3.0 }, new[] { 0.3, 0.7, 0.5 });
        yield return GeneratedTest.Hidden("08-half-targets", new[] { 0.0, 4.0, -4.0 }, new[] { 0.5, 0.5, 0.5 });
        yield return GeneratedTest.Hidden("09-tiny-logits", new[] { 1e-12, -1e-12 }, new[] { 1.0, 0.0 });
        for (var i = 0; i < 6; i++) { var n = 10 + 15 * i; yield return GeneratedTest.Hidden($"{10 + i:00}-random-hard-{i}", Logits(n, 6), Hard(n)); }
        for (var i = 0; i < 4; i++) { var n = 30; yield return GeneratedTest.Hidden($"{16 + i:00}-random-soft-{i}", Logits(n, 4), Soft(n)); }
        for (var i = 0; i < 3; i++) { var n = 25; yield return GeneratedTest.Hidden($"{20 + i:00}-random-wide-{i}", Logits(n, 2000), Hard(n)); }
        yield return GeneratedTest.Hidden("23-long", Logits(5000, 20), Hard(5000));
    }
}
