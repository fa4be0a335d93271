public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(20261122);
        double[] Uniform(int n, double scale) => Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 2 - 1) * scale).ToArray();

        yield return GeneratedTest.Sample("01-three-logits", new[] { 1.0, 2.0, 3.0 });
        yield return GeneratedTest.Sample("02-equal-logits", new[] { 0.5, 0.5, 0.5, 0.5 });
        yield return GeneratedTest.Sample("03-large-pair", new[] { 1000.0, 1000.0 });

        yield return GeneratedTest.Hidden("04-single", new[] { 3.7 });
        yield return GeneratedTest.Hidden("05-single-huge", new[] { 5000.0 });
        yield return GeneratedTest.Hidden("06-two-zeros", new[] { 0.0, 0.0 });
        yield return GeneratedTest.Hidden("07-large-logits", new[] { 1000.0, 999.0, 998.0 });
        yield return GeneratedTest.Hidden("08-large-negative-logits", new[] { -1000.0, -999.0, -1001.0 });
        yield return GeneratedTest.Hidden("09-mixed-extremes", new[] { 1000.0, -1000.0, 0.0, 999.5 });
        yield return GeneratedTest.Hidden("10-one-dominant", new[] { 50.0, 0.0, 0.0, 0.0, 0.0 });
        yield return GeneratedTest.Hidden("11-tiny-differences", new[] { 1e-12, 2e-12, 3e-12 });
        yield return GeneratedTest.Hidden("12-spread-beyond-exp-range", new[] { 800.0, -800.0 });
        yield return GeneratedTest.Hidden("13-all-equal-large", Enumerable.Repeat(10000.0, 7).ToArray());
        yield return GeneratedTest.Hidden("14-negative-ties", new[] { -3.0, -3.0, -1.0, -1.0 });
        yield return GeneratedTest.Hidden("15-ascending", Enumerable.Range(0, 20).Select(i => (double)i).ToArray());
        yield return GeneratedTest.Hidden("16-descending", Enumerable.Range(0, 20).Select(i => (double)(20 - i)).ToArray());
        yield return GeneratedTest.Hidden("17-underflowing-tail", new[] { 0.0, -800.0, -745.2, -700.0 });
        yield return GeneratedTest.Hidden("18-large-scale-random", Uniform(50, 5000));
        for (var i = 0; i < 6; i++)
            yield return GeneratedTest.Hidden($"{19 + i:00}-random-unit-{i}", Uniform(10 + 7 * i, 1));
        for (var i = 0; i < 4; i++)
            yield return GeneratedTest.Hidden($"{25 + i:00}-random-wide-{i}", Uniform(30 + 10 * i, 50));
        yield return GeneratedTest.Hidden("29-long-vector", Uniform(10_000, 20));
        yield return GeneratedTest.Hidden("30-huge-positive-offset", Uniform(40, 3).Select(v => v + 9000).ToArray());
    }
}
