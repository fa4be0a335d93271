public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(1999);
        double[][] Points(int n, int d, double s) => Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => Math.Round((random.NextDouble() * 2 - 1) * s, 2)).ToArray()).ToArray();
        double[][] Grid(int n, int d) => Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => (double)random.Next(-3, 4)).ToArray()).ToArray();
        int[] Labels(int n, int c) => Enumerable.Range(0, n).Select(_ => random.Next(c)).ToArray();
        GeneratedTest H(string name, double[][] x, int[] y, double[][] q, int k) => GeneratedTest.Hidden(name, x, y, q, k);
        yield return GeneratedTest.Sample("01-example", new[] { new[] { 0.0 }, new[] { 1.0 }, new[] { 2.0 }, new[] { 10.0 } }, new[] { 0, 0, 1, 1 }, new[] { new[] { 1.4 }, new[] { 9.0 } }, 3);
        yield return GeneratedTest.Sample("02-k-one", new[] { new[] { 0.0, 0 }, new[] { 5.0, 5 } }, new[] { 3, 7 }, new[] { new[] { 1.0, 1 }, new[] { 4.0, 4 } }, 1);
        yield return H("03-equidistant-neighbours", new[] { new[] { -1.0 }, new[] { 1.0 } }, new[] { 5, 2 }, new[] { new[] { 0.0 } }, 1);
        yield return H("04-vote-tie", new[] { new[] { -1.0 }, new[] { 1.0 }, new[] { 3.0 }, new[] { -3.0 } }, new[] { 4, 1, 1, 4 }, new[] { new[] { 0.0 } }, 2);
        yield return H("05-k-equals-n", new[] { new[] { 0.0 }, new[] { 1.0 }, new[] { 2.0 } }, new[] { 2, 0, 2 }, new[] { new[] { 100.0 } }, 3);
        yield return H("06-duplicate-points", new[] { new[] { 1.0, 1 }, new[] { 1.0, 1 }, new[] { 1.0, 1 } }, new[] { 1, 0, 0 }, new[] { new[] { 1.0, 1 } }, 1);
        yield return H("07-query-on-training-point", new[] { new[] { 0.0, 0 }, new[] { 2.0, 0 }, new[] { 0.0, 2 } }, new[] { 0, 1, 2 }, new[] { new[] { 2.0, 0 } }, 1);
        yield return H("08-l1-vs-l2", new[] { new[] { 2.0, 2 }, new[] { 3.0, 0 } }, new[] { 0, 1 }, new[] { new[] { 0.0, 0 } }, 1);
        for (var i = 0; i < 8; i++) { var n = 30 + 20 * i; var d = 1 + i % 4; yield return H($"{9 + i:00}-random-{i}", Points(n, d, 5), Labels(n, 2 + i % 4), Points(15, d, 5), 1 + 2 * (i % 4)); }
        for (var i = 0; i < 3; i++) { var n = 80; yield return H($"{17 + i:00}-integer-grid-ties-{i}", Grid(n, 2), Labels(n, 3), Grid(30, 2), 2 + 2 * i); }
        yield return H("20-even-k-ties", Grid(60, 1), Labels(60, 2), Grid(20, 1), 4);
        yield return H("21-large", Points(2000, 8, 10), Labels(2000, 5), Points(300, 8, 10), 7);
        yield return H("22-single-feature-many-labels", Points(50, 1, 3), Labels(50, 10), Points(25, 1, 3), 5);
    }
}
