public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(4417);
        // Distinct values make every misplaced copy visible.
        double[][][] Img(int c, int h, int w) =>
            Enumerable.Range(0, c).Select(_ => Enumerable.Range(0, h).Select(_ => Enumerable.Range(0, w).Select(_ => Math.Round((random.NextDouble() * 2 - 1) * 9, 2)).ToArray()).ToArray()).ToArray();
        GeneratedTest Case(string name, int c, int h, int w, int kh, int kw, int s, int p) => GeneratedTest.Hidden(name, Img(c, h, w), kh, kw, s, p);

        var example = new[] { new[] { new[] { 1.0, 2, 3 }, new[] { 4.0, 5, 6 }, new[] { 7.0, 8, 9 } } };
        yield return GeneratedTest.Sample("01-example", example, 2, 2, 1, 0);
        yield return GeneratedTest.Sample("02-example-padded", example, 2, 2, 1, 1);
        var twoChannels = new[] { 0, 1 }.Select(c => Enumerable.Range(0, 3).Select(r => Enumerable.Range(0, 4).Select(q => (double)(100 * c + 10 * r + q)).ToArray()).ToArray()).ToArray();
        yield return GeneratedTest.Sample("03-two-channels-stride-2", twoChannels, 2, 2, 2, 0);

        yield return Case("04-1x1-kernel", 3, 4, 5, 1, 1, 1, 0);
        yield return Case("05-single-pixel", 2, 1, 1, 1, 1, 1, 0);
        yield return Case("06-kernel-equals-input", 2, 4, 4, 4, 4, 1, 0);
        yield return Case("07-single-pixel-padded", 1, 1, 1, 3, 3, 1, 1);
        yield return Case("08-padding-larger-than-half-kernel", 1, 3, 3, 3, 3, 1, 3);
        yield return Case("09-stride-2-odd", 2, 7, 7, 3, 3, 2, 1);
        yield return Case("10-stride-2-even", 2, 8, 8, 3, 3, 2, 1);
        yield return Case("11-stride-3-floor-drops", 1, 10, 10, 3, 3, 3, 0);
        yield return Case("12-stride-3-padded-floor-drops", 2, 9, 11, 2, 2, 3, 2);
        yield return Case("13-non-square-kernel", 3, 6, 6, 2, 4, 1, 1);
        yield return Case("14-non-square-image", 2, 5, 11, 3, 3, 2, 1);
        yield return Case("15-stride-larger-than-kernel", 2, 9, 9, 2, 2, 4, 0);
        yield return Case("16-single-row-image", 2, 1, 9, 1, 3, 2, 0);
        yield return Case("17-single-column-image", 2, 9, 1, 3, 1, 2, 1);
        yield return Case("18-many-channels", 16, 6, 6, 3, 3, 1, 1);
        for (var i = 0; i < 8; i++)
        {
            int kh = 1 + random.Next(5), kw = random.Next(2) == 0 ? kh : 1 + random.Next(5);
            int p = random.Next(4), s = 1 + random.Next(4);
            int h = Math.Max(1, Math.Max(kh - 2 * p, 0) + random.Next(12)), w = Math.Max(1, Math.Max(kw - 2 * p, 0) + random.Next(12));
            yield return Case($"{19 + i:00}-random-{i}", 1 + random.Next(4), h, w, kh, kw, s, p);
        }
        yield return Case("27-large", 3, 48, 48, 3, 3, 1, 1);
        yield return Case("28-large-strided", 2, 125, 80, 5, 5, 3, 2);
    }
}
