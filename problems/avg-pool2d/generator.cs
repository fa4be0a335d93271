public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(5151);
        // Two decimals for O(1) scales; for tiny scales keep two digits below the scale so the values are not rounded to 0.
        int Digits(double scale) => scale >= 1 ? 2 : 2 + (int)Math.Ceiling(-Math.Log10(scale) - 1e-9);
        double[][][] Img(int c, int h, int w, double s = 10, double offset = 0) => Enumerable.Range(0, c).Select(_ => Enumerable.Range(0, h).Select(_ => Enumerable.Range(0, w).Select(_ => offset + Math.Round((random.NextDouble() * 2 - 1) * s, Digits(s))).ToArray()).ToArray()).ToArray();
        GeneratedTest H(string name, double[][][] x, int k, int s, int p) => GeneratedTest.Hidden(name, x, k, s, p);
        var ramp = new[] { Enumerable.Range(0, 4).Select(r => Enumerable.Range(1, 4).Select(c => (double)(r * 4 + c)).ToArray()).ToArray() };
        yield return GeneratedTest.Sample("01-example", ramp, 2, 2, 0);
        yield return GeneratedTest.Sample("02-padding-counts", new[] { new[] { new[] { 1.0, 2 }, new[] { 3.0, 4 } } }, 2, 1, 1);
        yield return H("03-1x1-identity", Img(2, 3, 3), 1, 1, 0);
        yield return H("04-global-pool", Img(3, 5, 5), 5, 1, 0);
        yield return H("05-single-pixel-padded", new[] { new[] { new[] { 8.0 } } }, 3, 1, 1);
        yield return H("06-constant-image-padded", new[] { Enumerable.Range(0, 5).Select(_ => Enumerable.Repeat(4.0, 5).ToArray()).ToArray() }, 3, 1, 1);
        yield return H("07-floor-drops-column", Img(1, 5, 5), 2, 2, 0);
        yield return H("08-3x3-stride2-pad1", Img(2, 8, 8), 3, 2, 1);
        yield return H("09-non-square", Img(1, 3, 7), 2, 1, 0);
        yield return H("10-non-square-padded", Img(2, 4, 9), 3, 2, 1);
        yield return H("11-large-kernel-pad3", Img(1, 9, 9), 7, 2, 3);
        // Values up to the stated bound |x| <= 1e6 (999 000 ± 1 000).
        yield return H("12-large-magnitude", Img(2, 10, 10, 1000, 999_000), 3, 1, 1);
        yield return H("13-small-magnitude", Img(1, 8, 8, 1e-6), 2, 1, 1);
        yield return H("14-stride-larger-than-kernel", Img(1, 10, 10), 2, 3, 1);
        yield return H("15-single-row", Img(2, 1, 9), 1, 2, 0);
        yield return H("16-single-row-padded", Img(1, 1, 9), 3, 1, 1);
        for (var i = 0; i < 8; i++) yield return H($"{17 + i:00}-random-{i}", Img(1 + i % 3, 6 + i, 5 + 2 * i), 2 + i % 3, 1 + i % 3, (i % 2) * ((2 + i % 3) / 2));
        yield return H("25-many-channels", Img(16, 8, 8), 2, 2, 0);
        yield return H("26-large", Img(2, 72, 72), 3, 2, 1);
        yield return H("27-large-overlapping", Img(1, 64, 64), 5, 1, 2);
    }
}
