public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(42);
        double[] Uniform(int n, double scale, double zeroRate = 0) => Enumerable.Range(0, n)
            .Select(_ => random.NextDouble() < zeroRate ? 0 : (random.NextDouble() * 2 - 1) * scale).ToArray();
        GeneratedTest H(string name, double[] x) => GeneratedTest.Hidden(name, (object)x);
        yield return GeneratedTest.Sample("01-example", (object)new[] { 3.0, 0, -4 });
        yield return GeneratedTest.Sample("02-empty", (object)Array.Empty<double>());
        yield return H("03-all-zero", new double[5]);
        yield return H("04-single-negative", new[] { -2.5 });
        yield return H("05-huge-entries", new[] { 1e200, -1e200, 3e199 });
        yield return H("06-tiny-entries", new[] { 1e-200, -2e-200, 0, 3e-200 });
        yield return H("07-mixed-scales", new[] { 1e150, 1e-150, -1.0, 0 });
        yield return H("08-max-double", new[] { double.MaxValue, double.MaxValue / 2 });
        yield return H("09-negative-zero", new[] { -0.0, 0.0, 1.0 });
        yield return H("10-pythagorean", new[] { 5.0, 12.0 });
        yield return H("11-ones", Enumerable.Repeat(1.0, 10_000).ToArray());
        for (var i = 0; i < 6; i++) yield return H($"{12 + i:00}-random-{i}", Uniform(20 + 30 * i, 10, 0.3));
        for (var i = 0; i < 4; i++) yield return H($"{18 + i:00}-random-huge-{i}", Uniform(50, 1e250, 0.2));
        yield return H("22-long-sparse", Uniform(100_000, 1, 0.9));
    }
}
