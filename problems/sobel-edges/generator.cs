public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(9191);
        double[][] Img(int h, int w, double s = 10, int digits = 2) => Enumerable.Range(0, h).Select(_ => Enumerable.Range(0, w).Select(_ => Math.Round((random.NextDouble() * 2 - 1) * s, digits)).ToArray()).ToArray();
        double[][] Gray(int h, int w) => Enumerable.Range(0, h).Select(_ => Enumerable.Range(0, w).Select(_ => (double)random.Next(256)).ToArray()).ToArray();
        double[][] Fn(int h, int w, Func<int, int, double> f) => Enumerable.Range(0, h).Select(r => Enumerable.Range(0, w).Select(c => f(r, c)).ToArray()).ToArray();
        GeneratedTest H(string name, double[][] x) => GeneratedTest.Hidden(name, (object)x);

        yield return GeneratedTest.Sample("01-example", (object)Fn(3, 4, (r, c) => c >= 2 ? 10 : 0));
        yield return GeneratedTest.Sample("02-impulse", (object)Fn(3, 3, (r, c) => r == 1 && c == 1 ? 1 : 0));
        yield return H("03-single-pixel", new[] { new[] { 42.0 } });
        yield return H("04-single-row", Img(1, 9));
        yield return H("05-single-column", Img(7, 1));
        yield return H("06-two-by-two", Img(2, 2));
        yield return H("07-constant", Fn(5, 6, (r, c) => 3.5));
        yield return H("08-horizontal-step", Fn(6, 5, (r, c) => r >= 3 ? 100 : 0));
        yield return H("09-vertical-step-at-border", Fn(5, 6, (r, c) => c == 5 ? -50 : 20));
        yield return H("10-diagonal-edge", Fn(7, 7, (r, c) => r > c ? 1 : 0));
        yield return H("11-linear-ramp", Fn(6, 8, (r, c) => 2.0 * c - 3.0 * r));
        yield return H("12-checkerboard", Fn(6, 6, (r, c) => (r + c) % 2 == 0 ? 255 : 0));
        yield return H("13-corner-impulse", Fn(5, 5, (r, c) => r == 0 && c == 0 ? 9 : 0));
        yield return H("14-border-ring", Fn(6, 7, (r, c) => r == 0 || c == 0 || r == 5 || c == 6 ? 1 : 0));
        yield return H("15-large-magnitude", Img(8, 8, 1e4));
        yield return H("16-small-magnitude", Img(8, 8, 1e-6, 10));
        yield return H("17-gray-uint8", Gray(12, 15));
        yield return H("18-thin-image", Img(2, 30));
        for (var i = 0; i < 6; i++) yield return H($"{19 + i:00}-random-{i}", Img(3 + random.Next(20), 3 + random.Next(20)));
        yield return H("25-gray-large", Gray(60, 80));
        yield return H("26-large", Img(80, 64));
        yield return H("27-tall", Img(80, 3));
    }
}
