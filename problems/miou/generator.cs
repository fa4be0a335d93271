public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(2024);
        int[][] Map(int h, int w, int classes) => Enumerable.Range(0, h).Select(_ => Enumerable.Range(0, w).Select(_ => random.Next(classes)).ToArray()).ToArray();
        int[][] Perturb(int[][] m, int classes, double rate) => m.Select(row => row.Select(v => random.NextDouble() < rate ? random.Next(classes) : v).ToArray()).ToArray();
        GeneratedTest H(string name, int[][] p, int[][] g, int c) => GeneratedTest.Hidden(name, p, g, c);
        yield return GeneratedTest.Sample("01-example", new[] { new[] { 0, 0 }, new[] { 1, 1 } }, new[] { new[] { 0, 1 }, new[] { 1, 1 } }, 3);
        yield return GeneratedTest.Sample("02-perfect", new[] { new[] { 2, 1 } }, new[] { new[] { 2, 1 } }, 4);
        yield return H("03-single-pixel-right", new[] { new[] { 5 } }, new[] { new[] { 5 } }, 8);
        yield return H("04-single-pixel-wrong", new[] { new[] { 1 } }, new[] { new[] { 0 } }, 2);
        yield return H("05-prediction-only-class", new[] { new[] { 0, 2, 2 } }, new[] { new[] { 0, 0, 0 } }, 3);
        yield return H("06-all-background", new[] { new[] { 0, 0 }, new[] { 0, 0 } }, new[] { new[] { 0, 0 }, new[] { 0, 0 } }, 21);
        yield return H("07-swapped-classes", new[] { new[] { 1, 0 }, new[] { 1, 0 } }, new[] { new[] { 0, 1 }, new[] { 0, 1 } }, 2);
        for (var i = 0; i < 8; i++)
        {
            var classes = 2 + 2 * i;
            var truth = Map(8 + 4 * i, 10 + 3 * i, classes);
            yield return H($"{8 + i:00}-random-{i}", Perturb(truth, classes, 0.1 + 0.08 * i), truth, classes + i % 3);
        }
        for (var i = 0; i < 4; i++)
        {
            var truth = Map(30, 30, 3);
            yield return H($"{16 + i:00}-few-of-many-classes-{i}", Perturb(truth, 5, 0.2), truth, 21);
        }
        var big = Map(256, 256, 19);
        yield return H("20-large", Perturb(big, 19, 0.25), big, 19);
        yield return H("21-thin-strip", new[] { Enumerable.Range(0, 50).Select(i => i % 3).ToArray() }, new[] { Enumerable.Range(0, 50).Select(i => (i / 2) % 3).ToArray() }, 3);
        yield return H("22-column-image", Enumerable.Range(0, 40).Select(i => new[] { i % 2 }).ToArray(), Enumerable.Range(0, 40).Select(i => new[] { i < 20 ? 0 : 1 }).ToArray(), 2);
    }
}
