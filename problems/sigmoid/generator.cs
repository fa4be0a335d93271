public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(99);
        double[] Uniform(int n, double scale) => Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 2 - 1) * scale).ToArray();
        yield return GeneratedTest.Sample("01-basic", (object)new[] { 0.0, 2.0, -2.0 });
        yield return GeneratedTest.Sample("02-empty", (object)Array.Empty<double>());
        yield return GeneratedTest.Hidden("03-zero", (object)new[] { 0.0 });
        yield return GeneratedTest.Hidden("04-large-positive", (object)new[] { 30.0, 40.0, 100.0, 745.0 });
        yield return GeneratedTest.Hidden("05-large-negative", (object)new[] { -30.0, -40.0, -100.0 });
        yield return GeneratedTest.Hidden("06-deep-negative-tail", (object)new[] { -700.0, -720.5, -740.0 });
        yield return GeneratedTest.Hidden("07-tiny-magnitudes", (object)new[] { 1e-300, -1e-300, 1e-12, -1e-12 });
        yield return GeneratedTest.Hidden("08-symmetric-pairs", (object)new[] { 3.5, -3.5, 12.0, -12.0 });
        yield return GeneratedTest.Hidden("09-just-past-clip", (object)new[] { -31.0, -35.0, -50.0 });
        yield return GeneratedTest.Hidden("10-integers", (object)Enumerable.Range(-20, 41).Select(i => (double)i).ToArray());
        for (var i = 0; i < 8; i++) yield return GeneratedTest.Hidden($"{11 + i:00}-random-{i}", (object)Uniform(20 + 10 * i, 10));
        for (var i = 0; i < 4; i++) yield return GeneratedTest.Hidden($"{19 + i:00}-random-wide-{i}", (object)Uniform(50, 740));
        yield return GeneratedTest.Hidden("23-long", (object)Uniform(5000, 50));
    }
}
