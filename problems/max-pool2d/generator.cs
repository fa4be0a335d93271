public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(4444);
        double[][][] Img(int c, int h, int w, double s = 10) => Enumerable.Range(0, c).Select(_ => Enumerable.Range(0, h).Select(_ => Enumerable.Range(0, w).Select(_ => Math.Round((random.NextDouble() * 2 - 1) * s, 2)).ToArray()).ToArray()).ToArray();
        GeneratedTest H(string name, double[][][] x, int k, int s, int p) => GeneratedTest.Hidden(name, x, k, s, p);
        var ramp = new[] { Enumerable.Range(0, 4).Select(r => Enumerable.Range(1, 4).Select(c => (double)(r * 4 + c)).ToArray()).ToArray() };
        yield return GeneratedTest.Sample("01-example", ramp, 2, 2, 0);
        yield return GeneratedTest.Sample("02-overlapping", ramp, 3, 1, 0);
        yield return H("03-1x1-identity", Img(2, 3, 3), 1, 1, 0);
        yield return H("04-global-pool", Img(3, 5, 5), 5, 1, 0);
        yield return H("05-padding-negative-border", new[] { new[] { new[] { -5.0, -6 }, new[] { -7.0, -8 } } }, 2, 1, 1);
        yield return H("06-floor-drops-column", Img(1, 5, 5), 2, 2, 0);
        yield return H("07-3x3-stride2-pad1", Img(2, 8, 8), 3, 2, 1);
        yield return H("08-non-square", Img(1, 3, 7), 2, 1, 0);
        yield return H("09-all-negative", Img(1, 4, 4).Select(ch => ch.Select(r => r.Select(v => -Math.Abs(v) - 1).ToArray()).ToArray()).ToArray(), 3, 2, 1);
        yield return H("10-ties", new[] { Enumerable.Range(0, 4).Select(_ => Enumerable.Repeat(3.0, 4).ToArray()).ToArray() }, 2, 2, 0);
        for (var i = 0; i < 8; i++) yield return H($"{11 + i:00}-random-{i}", Img(1 + i % 3, 6 + i, 5 + 2 * i), 2 + i % 2, 1 + i % 3, i % 2);
        yield return H("19-many-channels", Img(16, 8, 8), 2, 2, 0);
        yield return H("20-large", Img(3, 128, 128), 3, 2, 1);
        yield return H("21-stride-larger-than-kernel", Img(1, 10, 10), 2, 3, 0);
        yield return H("22-single-row", Img(2, 1, 9), 1, 2, 0);
    }
}
