public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(4242);
        double[][] Boxes(int n, double world, double size) => Enumerable.Range(0, n).Select(_ =>
        {
            double x = random.NextDouble() * world, y = random.NextDouble() * world;
            return new[] { x, y, x + 1 + random.NextDouble() * size, y + 1 + random.NextDouble() * size };
        }).ToArray();
        double[] Scores(int n, int levels) => Enumerable.Range(0, n).Select(_ => levels > 0 ? random.Next(levels) / (double)levels : random.NextDouble()).ToArray();
        GeneratedTest H(string name, double[][] b, double[] s, double t) => GeneratedTest.Hidden(name, b, s, t);

        yield return GeneratedTest.Sample("01-statement-example",
            new[] { new[] { 0.0, 0, 10, 10 }, new[] { 1.0, 1, 11, 11 }, new[] { 20.0, 20, 30, 30 }, new[] { 0.0, 0, 10, 9 } },
            new[] { 0.9, 0.8, 0.7, 0.95 }, 0.5);
        yield return GeneratedTest.Sample("02-no-overlap", new[] { new[] { 0.0, 0, 1, 1 }, new[] { 2.0, 2, 3, 3 } }, new[] { 0.1, 0.2 }, 0.3);

        yield return H("03-empty", Array.Empty<double[]>(), Array.Empty<double>(), 0.5);
        yield return H("04-single", new[] { new[] { 0.0, 0, 2, 2 } }, new[] { 0.3 }, 0.5);
        yield return H("05-identical-boxes-equal-scores", new[] { new[] { 0.0, 0, 2, 2 }, new[] { 0.0, 0, 2, 2 }, new[] { 0.0, 0, 2, 2 } }, new[] { 0.5, 0.5, 0.5 }, 0.5);
        // IoU of [0,0,2,1] and [1,0,3,1] is exactly 1/3: at threshold 1/3 it must not suppress.
        yield return H("06-iou-equal-to-threshold", new[] { new[] { 0.0, 0, 2, 1 }, new[] { 1.0, 0, 3, 1 } }, new[] { 0.9, 0.8 }, 1.0 / 3);
        yield return H("07-iou-just-above-threshold", new[] { new[] { 0.0, 0, 2, 1 }, new[] { 1.0, 0, 3, 1 } }, new[] { 0.9, 0.8 }, 0.3333);
        yield return H("08-threshold-zero", new[] { new[] { 0.0, 0, 2, 2 }, new[] { 1.9, 1.9, 4, 4 }, new[] { 2.0, 0, 4, 2 } }, new[] { 0.9, 0.8, 0.7 }, 0.0);
        yield return H("09-threshold-one", new[] { new[] { 0.0, 0, 2, 2 }, new[] { 0.0, 0, 2, 2 } }, new[] { 0.4, 0.6 }, 1.0);
        yield return H("10-chain-suppression", new[] { new[] { 0.0, 0, 10, 10 }, new[] { 3.0, 0, 13, 10 }, new[] { 6.0, 0, 16, 10 } }, new[] { 0.9, 0.8, 0.7 }, 0.5);
        yield return H("11-ties-later-index-higher", new[] { new[] { 0.0, 0, 4, 4 }, new[] { 0.5, 0, 4.5, 4 }, new[] { 10.0, 10, 12, 12 } }, new[] { 0.7, 0.7, 0.7 }, 0.5);
        yield return H("12-touching-boxes", new[] { new[] { 0.0, 0, 1, 1 }, new[] { 1.0, 0, 2, 1 }, new[] { 0.0, 1, 1, 2 } }, new[] { 0.3, 0.2, 0.1 }, 0.0);
        yield return H("13-zero-area-boxes", new[] { new[] { 1.0, 1, 1, 1 }, new[] { 1.0, 1, 1, 1 }, new[] { 0.0, 0, 2, 2 } }, new[] { 0.9, 0.8, 0.7 }, 0.1);
        yield return H("14-nested-boxes", new[] { new[] { 0.0, 0, 100, 100 }, new[] { 10.0, 10, 20, 20 }, new[] { 0.0, 0, 90, 90 } }, new[] { 0.5, 0.9, 0.7 }, 0.5);
        for (var i = 0; i < 6; i++) { var n = 10 + 10 * i; yield return H($"{15 + i:00}-random-dense-{i}", Boxes(n, 20, 10), Scores(n, 0), 0.3 + 0.1 * i); }
        for (var i = 0; i < 4; i++) { var n = 40; yield return H($"{21 + i:00}-random-tied-scores-{i}", Boxes(n, 15, 8), Scores(n, 3), 0.4); }
        yield return H("25-many-sparse", Boxes(500, 2000, 20), Scores(500, 0), 0.5);
        yield return H("26-many-dense", Boxes(800, 100, 30), Scores(800, 10), 0.6);
        yield return H("27-large-coordinates", Boxes(50, 1e6, 1e5), Scores(50, 0), 0.2);
        yield return H("28-all-same-score", Boxes(60, 30, 10), Enumerable.Repeat(0.5, 60).ToArray(), 0.45);
        yield return H("29-reverse-sorted-scores", Boxes(30, 25, 10), Enumerable.Range(0, 30).Select(i => i / 30.0).ToArray(), 0.5);
        yield return H("30-large-n", Boxes(2000, 500, 25), Scores(2000, 0), 0.5);
    }
}
