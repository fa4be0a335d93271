public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(1234);
        double[][] Logits(int n, int c, double scale) => Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, c).Select(_ => (random.NextDouble() * 2 - 1) * scale).ToArray()).ToArray();
        int[] Labels(int n, int c) => Enumerable.Range(0, n).Select(_ => random.Next(c)).ToArray();
        GeneratedTest H(string name, double[][] z, int[] y) => GeneratedTest.Hidden(name, z, y);
        yield return GeneratedTest.Sample("01-example", new[] { new[] { 2.0, 1, 0 } }, new[] { 0 });
        yield return GeneratedTest.Sample("02-batch-of-two", new[] { new[] { 0.0, 0 }, new[] { 3.0, -3 } }, new[] { 1, 0 });
        yield return H("03-single-class", new[] { new[] { 5.0 }, new[] { -2.0 } }, new[] { 0, 0 });
        yield return H("04-confident-right", new[] { new[] { 100.0, 0, 0 } }, new[] { 0 });
        yield return H("05-confident-wrong", new[] { new[] { 1000.0, 0, -500 } }, new[] { 2 });
        yield return H("06-large-logits", new[] { new[] { 1000.0, 999, 998 }, new[] { -1000.0, -999, -998 } }, new[] { 1, 1 });
        yield return H("07-uniform", new[] { new[] { 3.0, 3, 3, 3 } }, new[] { 2 });
        yield return H("08-huge-spread", new[] { new[] { 5000.0, -5000 } }, new[] { 1 });
        for (var i = 0; i < 8; i++) { var n = 4 + 6 * i; var c = 2 + i; yield return H($"{9 + i:00}-random-{i}", Logits(n, c, 5), Labels(n, c)); }
        for (var i = 0; i < 4; i++) { var n = 20; var c = 10; yield return H($"{17 + i:00}-random-wide-{i}", Logits(n, c, 2000), Labels(n, c)); }
        yield return H("21-large-batch", Logits(2000, 100, 10), Labels(2000, 100));
        yield return H("22-many-classes", Logits(3, 1000, 3), Labels(3, 1000));
        yield return H("23-last-class", new[] { new[] { 0.5, 1.5, -2.0 } }, new[] { 2 });
    }
}
