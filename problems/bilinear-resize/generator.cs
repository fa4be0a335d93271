public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(8181);
        // Two decimals for O(1) scales; for tiny scales keep two digits below the scale so the values are not rounded to 0.
        int Digits(double scale) => scale >= 1 ? 2 : 2 + (int)Math.Ceiling(-Math.Log10(scale) - 1e-9);
        double[][][] Img(int c, int h, int w, double s = 10) => Enumerable.Range(0, c).Select(_ => Enumerable.Range(0, h).Select(_ => Enumerable.Range(0, w).Select(_ => Math.Round((random.NextDouble() * 2 - 1) * s, Digits(s))).ToArray()).ToArray()).ToArray();
        GeneratedTest H(string name, double[][][] x, int oh, int ow) => GeneratedTest.Hidden(name, x, oh, ow);

        yield return GeneratedTest.Sample("01-example", new[] { new[] { new[] { 0.0, 10 }, new[] { 20.0, 30 } } }, 4, 4);
        yield return GeneratedTest.Sample("02-downscale-by-2", new[] { Enumerable.Range(0, 4).Select(r => Enumerable.Range(0, 4).Select(c => (double)(r * 4 + c)).ToArray()).ToArray() }, 2, 2);
        yield return H("03-identity-size", Img(2, 5, 6), 5, 6);
        yield return H("04-single-pixel-up", new[] { new[] { new[] { 3.25 } } }, 3, 4);
        yield return H("05-to-single-pixel", Img(1, 5, 7), 1, 1);
        yield return H("06-to-single-pixel-even", Img(1, 4, 6), 1, 1);
        yield return H("07-single-row-up", Img(1, 1, 4), 1, 9);
        yield return H("08-single-column-up", Img(1, 5, 1), 11, 1);
        yield return H("09-upscale-2x", Img(1, 4, 4), 8, 8);
        yield return H("10-upscale-3x", Img(1, 3, 5), 9, 15);
        yield return H("11-downscale-3x", Img(1, 9, 12), 3, 4);
        yield return H("12-non-integer-up", Img(1, 5, 7), 8, 11);
        yield return H("13-non-integer-down", Img(1, 13, 11), 5, 7);
        yield return H("14-mixed-up-down", Img(2, 6, 20), 15, 7);
        yield return H("15-plus-one", Img(1, 7, 7), 8, 8);
        yield return H("16-minus-one", Img(1, 8, 8), 7, 7);
        yield return H("17-constant-image", new[] { Enumerable.Range(0, 4).Select(_ => Enumerable.Repeat(-7.5, 6).ToArray()).ToArray() }, 9, 5);
        yield return H("18-large-magnitude", Img(1, 6, 6, 1e4), 10, 13);
        yield return H("19-small-magnitude", Img(1, 6, 6, 1e-6), 10, 4);
        yield return H("20-two-by-two-up", Img(3, 2, 2), 5, 5);
        for (var i = 0; i < 6; i++)
        {
            int h = 2 + random.Next(15), w = 2 + random.Next(15);
            yield return H($"{21 + i:00}-random-{i}", Img(1 + i % 3, h, w), 1 + random.Next(25), 1 + random.Next(25));
        }
        yield return H("27-large-up", Img(1, 40, 40), 80, 80);
        yield return H("28-large-down", Img(2, 100, 100), 37, 29);
        yield return H("29-max-size", Img(1, 100, 33), 61, 100);
    }
}
