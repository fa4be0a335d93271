public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(2718);
        double[] Uniform(int n, double scale) => Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 2 - 1) * scale).ToArray();
        yield return GeneratedTest.Sample("01-basic", (object)new[] { 1.0, 2.0, 3.0 });
        yield return GeneratedTest.Sample("02-equal", (object)new[] { 4.0, 4.0 });
        yield return GeneratedTest.Hidden("03-single", (object)new[] { -7.5 });
        yield return GeneratedTest.Hidden("04-large-logits", (object)new[] { 1000.0, 999.0, 998.0 });
        yield return GeneratedTest.Hidden("05-far-below-max", (object)new[] { 0.0, -1500.0, -800.0 });
        yield return GeneratedTest.Hidden("06-huge-spread", (object)new[] { 5000.0, -5000.0, 0.0 });
        yield return GeneratedTest.Hidden("07-all-equal-large", (object)Enumerable.Repeat(9000.0, 5).ToArray());
        yield return GeneratedTest.Hidden("08-negative-large", (object)new[] { -1000.0, -1001.0, -1002.0 });
        yield return GeneratedTest.Hidden("09-one-dominant", (object)new[] { 100.0, 0.0, 0.0, 0.0 });
        yield return GeneratedTest.Hidden("10-tiny-differences", (object)new[] { 1e-13, 2e-13, 3e-13 });
        for (var i = 0; i < 8; i++) yield return GeneratedTest.Hidden($"{11 + i:00}-random-{i}", (object)Uniform(10 + 10 * i, 5));
        for (var i = 0; i < 3; i++) yield return GeneratedTest.Hidden($"{19 + i:00}-random-wide-{i}", (object)Uniform(40, 3000));
        yield return GeneratedTest.Hidden("22-long", (object)Uniform(8000, 30));
    }
}
