public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(99999);
        (int[], int[]) Data(int n, double positiveRate, double accuracy)
        {
            var a = Enumerable.Range(0, n).Select(_ => random.NextDouble() < positiveRate ? 1 : 0).ToArray();
            var p = a.Select(v => random.NextDouble() < accuracy ? v : 1 - v).ToArray();
            return (a, p);
        }
        GeneratedTest H(string name, (int[] a, int[] p) d) => GeneratedTest.Hidden(name, d.a, d.p);
        yield return GeneratedTest.Sample("01-example", new[] { 1, 1, 0, 0, 1 }, new[] { 1, 0, 1, 0, 1 });
        yield return GeneratedTest.Sample("02-no-predicted-positives", new[] { 1, 0, 1 }, new[] { 0, 0, 0 });
        yield return H("03-perfect", (new[] { 1, 0, 1, 1 }, new[] { 1, 0, 1, 1 }));
        yield return H("04-no-actual-positives", (new[] { 0, 0, 0 }, new[] { 1, 0, 0 }));
        yield return H("05-all-negative", (new[] { 0, 0 }, new[] { 0, 0 }));
        yield return H("06-all-wrong", (new[] { 1, 0, 1 }, new[] { 0, 1, 0 }));
        yield return H("07-high-precision-low-recall", (new[] { 1, 1, 1, 1, 1, 0 }, new[] { 1, 0, 0, 0, 0, 0 }));
        yield return H("08-low-precision-high-recall", (new[] { 1, 0, 0, 0, 0, 0 }, new[] { 1, 1, 1, 1, 1, 1 }));
        yield return H("09-single-true-positive", (new[] { 1 }, new[] { 1 }));
        for (var i = 0; i < 8; i++) yield return H($"{10 + i:00}-random-{i}", Data(20 + 30 * i, 0.1 + 0.1 * i, 0.6 + 0.04 * i));
        for (var i = 0; i < 3; i++) yield return H($"{18 + i:00}-rare-positives-{i}", Data(500, 0.01, 0.95));
        yield return H("21-large", Data(100_000, 0.3, 0.85));
        yield return H("22-balanced", Data(1000, 0.5, 0.7));
    }
}
