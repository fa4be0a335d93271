public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(77);
        (int[], int[]) Noisy(int n, int c, double accuracy)
        {
            var a = Enumerable.Range(0, n).Select(_ => random.Next(c)).ToArray();
            var p = a.Select(x => random.NextDouble() < accuracy ? x : random.Next(c)).ToArray();
            return (a, p);
        }
        GeneratedTest H(string name, int[] a, int[] p, int c) => GeneratedTest.Hidden(name, a, p, c);
        yield return GeneratedTest.Sample("01-example", new[] { 0, 1, 1, 2 }, new[] { 0, 2, 1, 2 }, 3);
        yield return GeneratedTest.Sample("02-binary", new[] { 1, 0, 1, 1, 0 }, new[] { 1, 1, 0, 1, 0 }, 2);
        yield return H("03-empty", Array.Empty<int>(), Array.Empty<int>(), 3);
        yield return H("04-single-class", new[] { 0, 0, 0 }, new[] { 0, 0, 0 }, 1);
        yield return H("05-unused-classes", new[] { 0, 0, 1 }, new[] { 1, 0, 1 }, 5);
        yield return H("06-all-wrong", new[] { 0, 1, 2 }, new[] { 1, 2, 0 }, 3);
        yield return H("07-all-right", new[] { 2, 1, 0, 2 }, new[] { 2, 1, 0, 2 }, 3);
        yield return H("08-asymmetric", new[] { 0, 0, 0, 1 }, new[] { 1, 1, 1, 0 }, 2);
        yield return H("09-last-class-only", new[] { 3, 3 }, new[] { 3, 2 }, 4);
        for (var i = 0; i < 9; i++) { var (a, p) = Noisy(50 + 40 * i, 2 + i, 0.7); yield return H($"{10 + i:00}-random-{i}", a, p, 2 + i); }
        { var (a, p) = Noisy(20_000, 10, 0.9); yield return H("19-large", a, p, 10); }
        { var (a, p) = Noisy(2_000, 200, 0.5); yield return H("20-many-classes", a, p, 200); }
        { var (a, p) = Noisy(500, 7, 0.0); yield return H("21-random-guessing", a, p, 7); }
        yield return H("22-labels-in-order", Enumerable.Range(0, 40).Select(i => i % 4).ToArray(), Enumerable.Range(0, 40).Select(i => (i + 1) % 4).ToArray(), 4);
        yield return H("23-imbalanced", Enumerable.Repeat(0, 95).Concat(Enumerable.Repeat(1, 5)).ToArray(), Enumerable.Repeat(0, 100).ToArray(), 2);
    }
}
