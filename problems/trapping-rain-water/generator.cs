public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(271828);
        int[] Random(int n, int max) => Enumerable.Range(0, n).Select(_ => random.Next(max + 1)).ToArray();
        GeneratedTest H(string name, int[] h) => GeneratedTest.Hidden(name, (object)h);

        yield return GeneratedTest.Sample("01-statement-example", (object)new[] { 0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1 });
        yield return GeneratedTest.Sample("02-one-basin", (object)new[] { 4, 2, 0, 3, 2, 5 });

        yield return H("03-empty", Array.Empty<int>());
        yield return H("04-single", new[] { 5 });
        yield return H("05-two-bars", new[] { 5, 3 });
        yield return H("06-flat", new[] { 3, 3, 3, 3 });
        yield return H("07-ascending", Enumerable.Range(0, 50).ToArray());
        yield return H("08-descending", Enumerable.Range(0, 50).Reverse().ToArray());
        yield return H("09-valley", new[] { 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5 });
        yield return H("10-peak", new[] { 0, 1, 2, 3, 4, 5, 4, 3, 2, 1, 0 });
        yield return H("11-all-zero", new int[100]);
        yield return H("12-wide-basin", new[] { 3, 0, 0, 0, 0, 0, 0, 3 });
        yield return H("13-uneven-walls", new[] { 10, 0, 0, 0, 2 });
        yield return H("14-nested-basins", new[] { 5, 0, 3, 0, 1, 0, 3, 0, 5 });
        yield return H("15-plateaus", new[] { 2, 2, 0, 0, 2, 2, 1, 1, 3, 3 });
        yield return H("16-max-heights", new[] { 10000, 0, 0, 10000, 0, 10000 });
        yield return H("17-sawtooth", Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? 7 : 1).ToArray());
        yield return H("18-w-shape", new[] { 4, 1, 3, 1, 4 });
        for (var i = 0; i < 6; i++) yield return H($"{19 + i:00}-random-small-{i}", Random(20 + 15 * i, 10));
        yield return H("25-random-medium", Random(5000, 10000));
        yield return H("26-random-tall", Random(1000, 10000));
        // Sizes where O(n^2) (about 10^10 steps) cannot finish in the time limit.
        yield return H("27-large-random", Random(100_000, 10000));
        yield return H("28-large-valley", Enumerable.Range(0, 120_000).Select(i => Math.Abs(60_000 - i) / 6).ToArray());
        yield return H("29-large-sawtooth", Enumerable.Range(0, 150_000).Select(i => i % 1000 == 0 ? 9999 : random.Next(100)).ToArray());
    }
}
