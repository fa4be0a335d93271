public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(2048);
        double[][] S(int n, int c, int levels) => Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, c).Select(_ => levels > 0 ? random.Next(levels) / (double)levels : random.NextDouble()).ToArray()).ToArray();
        int[] L(int n, int c) => Enumerable.Range(0, n).Select(_ => random.Next(c)).ToArray();
        GeneratedTest H(string name, double[][] s, int[] l, int k) => GeneratedTest.Hidden(name, s, l, k);
        yield return GeneratedTest.Sample("01-example", new[] { new[] { 0.1, 0.5, 0.4 }, new[] { 0.3, 0.3, 0.4 } }, new[] { 2, 1 }, 2);
        yield return GeneratedTest.Sample("02-top-1", new[] { new[] { 0.9, 0.1 }, new[] { 0.2, 0.8 } }, new[] { 0, 0 }, 1);
        yield return H("03-k-equals-c", new[] { new[] { 0.1, 0.2, 0.3 } }, new[] { 0 }, 3);
        yield return H("04-single-class", new[] { new[] { 5.0 }, new[] { -1.0 } }, new[] { 0, 0 }, 1);
        yield return H("05-all-tied-low-label", new[] { new[] { 1.0, 1, 1, 1 } }, new[] { 0 }, 1);
        yield return H("06-all-tied-high-label", new[] { new[] { 1.0, 1, 1, 1 } }, new[] { 3 }, 2);
        yield return H("07-negative-scores", new[] { new[] { -5.0, -1, -3 } }, new[] { 2 }, 2);
        yield return H("08-tie-at-boundary", new[] { new[] { 0.9, 0.5, 0.5, 0.1 } }, new[] { 2 }, 2);
        for (var i = 0; i < 6; i++) { var n = 20 + 20 * i; var c = 3 + i; yield return H($"{9 + i:00}-random-{i}", S(n, c, 0), L(n, c), 1 + i % c); }
        for (var i = 0; i < 5; i++) { var n = 50; var c = 6; yield return H($"{15 + i:00}-coarse-ties-{i}", S(n, c, 3), L(n, c), 1 + i % 5); }
        yield return H("20-imagenet-like", S(100, 1000, 0).Select(r => r.Select(v => Math.Round(v, 4)).ToArray()).ToArray(), L(100, 1000), 5);
        yield return H("22-k-one-ties", S(300, 5, 2), L(300, 5), 1);
        yield return H("21-large-ties", S(2000, 20, 4), L(2000, 20), 3);
    }
}
