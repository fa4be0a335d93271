public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(8080);
        int[] Zipf(int n, int distinct, int offset = 0) => Enumerable.Range(0, n).Select(_ =>
        {
            var u = random.NextDouble();
            return offset + (int)(distinct * u * u * u);
        }).ToArray();
        GeneratedTest H(string name, int[] items, int k) => GeneratedTest.Hidden(name, items, k);
        yield return GeneratedTest.Sample("01-example", new[] { 3, 1, 3, 2, 2, 3, 4 }, 2);
        yield return GeneratedTest.Sample("02-ties-by-id", new[] { 5, 9, 5, 9, 1 }, 2);
        yield return H("03-empty", Array.Empty<int>(), 3);
        yield return H("04-single", new[] { 42 }, 1);
        yield return H("05-k-larger-than-distinct", new[] { 1, 1, 2 }, 10);
        yield return H("06-all-same", Enumerable.Repeat(7, 100).ToArray(), 1);
        yield return H("07-all-distinct", Enumerable.Range(0, 50).Reverse().ToArray(), 5);
        yield return H("08-negative-ids", new[] { -3, -3, -1, 2, 2, -1, -3 }, 3);
        yield return H("09-int-extremes", new[] { int.MinValue, int.MaxValue, int.MaxValue, 0, int.MinValue }, 2);
        yield return H("10-tie-later-smaller-id", new[] { 9, 9, 8, 8, 1, 1, 0 }, 3);
        yield return H("11-k-equals-distinct", new[] { 4, 4, 5, 6, 6, 6 }, 3);
        for (var i = 0; i < 8; i++) yield return H($"{12 + i:00}-random-{i}", Zipf(200 + 100 * i, 30 + 10 * i, -20), 1 + i * 2);
        yield return H("20-many-ties", Enumerable.Range(0, 1000).Select(i => i % 100).OrderBy(_ => random.Next()).ToArray(), 17);
        yield return H("21-large-k", Zipf(20_000, 5_000), 2_000);
        // Large logs with tens of thousands of distinct ids: O(n * d) is far too slow here.
        yield return H("22-large-many-distinct", Zipf(150_000, 60_000, -30_000), 10);
        yield return H("23-large-uniform", Enumerable.Range(0, 200_000).Select(_ => random.Next(-50_000, 50_000)).ToArray(), 25);
    }
}
