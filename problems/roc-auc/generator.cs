public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(4096);
        (double[], int[]) Data(int n, double separation, int levels)
        {
            var labels = Enumerable.Range(0, n).Select(i => i < 2 ? i : random.Next(2)).ToArray();
            var scores = labels.Select(l => random.NextDouble() + separation * l).Select(s => levels > 0 ? Math.Round(s * levels) / levels : Math.Round(s, 6)).ToArray();
            return (scores, labels);
        }
        GeneratedTest H(string name, (double[] s, int[] l) d) => GeneratedTest.Hidden(name, d.s, d.l);
        yield return GeneratedTest.Sample("01-example", new[] { 0.1, 0.4, 0.35, 0.8 }, new[] { 0, 0, 1, 1 });
        yield return GeneratedTest.Sample("02-with-ties", new[] { 0.5, 0.5, 0.2, 0.9 }, new[] { 1, 0, 0, 1 });
        yield return H("03-two-points-right", (new[] { 0.2, 0.7 }, new[] { 0, 1 }));
        yield return H("04-two-points-wrong", (new[] { 0.7, 0.2 }, new[] { 0, 1 }));
        yield return H("05-all-tied", (new[] { 0.3, 0.3, 0.3, 0.3 }, new[] { 0, 1, 1, 0 }));
        yield return H("06-perfect", (new[] { 0.1, 0.2, 0.8, 0.9 }, new[] { 0, 0, 1, 1 }));
        yield return H("07-inverted", (new[] { 0.9, 0.8, 0.2, 0.1 }, new[] { 0, 0, 1, 1 }));
        yield return H("08-one-positive", (new[] { 0.1, 0.5, 0.3, 0.7, 0.2 }, new[] { 0, 1, 0, 0, 0 }));
        yield return H("09-negative-scores", (new[] { -5.0, -1, -3, 2 }, new[] { 1, 0, 1, 1 }));
        for (var i = 0; i < 6; i++) yield return H($"{10 + i:00}-random-{i}", Data(50 + 50 * i, 0.3 * i, 0));
        for (var i = 0; i < 4; i++) yield return H($"{16 + i:00}-random-coarse-ties-{i}", Data(300, 0.2, 5 + 5 * i));
        yield return H("20-large-continuous", Data(150_000, 0.3, 0));
        yield return H("21-large-heavy-ties", Data(150_000, 0.1, 20));
        yield return H("22-mostly-negatives", (Enumerable.Range(0, 200).Select(i => Math.Round(random.NextDouble(), 6)).ToArray(), Enumerable.Range(0, 200).Select(i => i == 0 ? 1 : i < 5 ? 1 : 0).ToArray()));
        yield return H("23-mostly-positives", (Enumerable.Range(0, 200).Select(i => Math.Round(random.NextDouble(), 6)).ToArray(), Enumerable.Range(0, 200).Select(i => i < 3 ? 0 : 1).ToArray()));
    }
}
