public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(5252);
        // Two decimals for O(1) scales; for tiny scales keep two digits below the scale so the values are not rounded to 0.
        int Digits(double scale) => scale >= 1 ? 2 : 2 + (int)Math.Ceiling(-Math.Log10(scale) - 1e-9);
        double[][][] Grad(int c, int h, int w, double scale = 10) => Enumerable.Range(0, c).Select(_ => Enumerable.Range(0, h).Select(_ => Enumerable.Range(0, w).Select(_ => Math.Round((random.NextDouble() * 2 - 1) * scale, Digits(scale))).ToArray()).ToArray()).ToArray();
        GeneratedTest Case(string name, int c, int h, int w, int k, int s, int p, double scale = 10) =>
            GeneratedTest.Hidden(name, Grad(c, (h + 2 * p - k) / s + 1, (w + 2 * p - k) / s + 1, scale), h, w, k, s, p);

        yield return GeneratedTest.Sample("01-example", new[] { new[] { new[] { 1.0, 2 }, new[] { 3.0, 4 } } }, 3, 3, 2, 1, 0);
        yield return GeneratedTest.Sample("02-padding-dropped", new[] { new[] { new[] { 1.0, 2, 3 }, new[] { 4.0, 5, 6 }, new[] { 7.0, 8, 9 } } }, 2, 2, 2, 1, 1);
        yield return Case("03-1x1-identity", 2, 3, 3, 1, 1, 0);
        yield return Case("04-global-pool", 3, 5, 5, 5, 1, 0);
        yield return Case("05-single-pixel-padded", 1, 1, 1, 3, 1, 1);
        yield return GeneratedTest.Hidden("06-constant-gradient-padded", new[] { Enumerable.Range(0, 5).Select(_ => Enumerable.Repeat(9.0, 5).ToArray()).ToArray() }, 5, 5, 3, 1, 1);
        yield return Case("07-floor-drops-border", 1, 5, 5, 2, 2, 0);
        yield return Case("08-3x3-stride2-pad1", 2, 8, 8, 3, 2, 1);
        yield return Case("09-non-square", 1, 3, 7, 2, 1, 0);
        yield return Case("10-non-square-padded", 2, 4, 9, 3, 2, 1);
        yield return Case("11-large-kernel-pad3", 1, 9, 9, 7, 2, 3);
        yield return Case("12-large-magnitude", 2, 10, 10, 3, 1, 1, 1e6);
        yield return Case("13-small-magnitude", 1, 8, 8, 2, 1, 1, 1e-6);
        yield return Case("14-stride-larger-than-kernel", 1, 10, 10, 2, 3, 1);
        yield return Case("15-single-row", 2, 1, 9, 1, 2, 0);
        yield return Case("16-single-row-padded", 1, 1, 9, 3, 1, 1);
        yield return Case("17-heavy-overlap", 1, 9, 9, 5, 1, 2);
        for (var i = 0; i < 8; i++) yield return Case($"{18 + i:00}-random-{i}", 1 + i % 3, 6 + i, 5 + 2 * i, 2 + i % 3, 1 + i % 3, (i % 2) * ((2 + i % 3) / 2));
        yield return Case("26-many-channels", 16, 8, 8, 2, 2, 0);
        yield return Case("27-large", 2, 72, 72, 3, 2, 1);
        yield return Case("28-large-overlapping", 1, 64, 64, 5, 1, 2);
        yield return Case("29-max-size-odd", 1, 100, 97, 7, 3, 3);
    }
}
