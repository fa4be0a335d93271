public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(7331);
        double[] Box(double scale)
        {
            double x1 = random.NextDouble() * scale, y1 = random.NextDouble() * scale;
            return new[] { x1, y1, x1 + random.NextDouble() * scale, y1 + random.NextDouble() * scale };
        }
        GeneratedTest H(string name, double[] a, double[] b) => GeneratedTest.Hidden(name, a, b);

        yield return GeneratedTest.Sample("01-partial-overlap", new[] { 0.0, 0, 2, 2 }, new[] { 1.0, 1, 3, 3 });
        yield return GeneratedTest.Sample("02-identical", new[] { 1.0, 1, 4, 5 }, new[] { 1.0, 1, 4, 5 });
        yield return GeneratedTest.Sample("03-disjoint", new[] { 0.0, 0, 1, 1 }, new[] { 2.0, 2, 3, 3 });

        yield return H("04-disjoint-both-axes", new[] { 0.0, 0, 1, 1 }, new[] { 5.0, 7, 6, 9 });
        yield return H("05-disjoint-x-only", new[] { 0.0, 0, 1, 10 }, new[] { 2.0, 0, 3, 10 });
        yield return H("06-disjoint-y-only", new[] { 0.0, 0, 10, 1 }, new[] { 0.0, 2, 10, 3 });
        yield return H("07-touching-edge", new[] { 0.0, 0, 1, 1 }, new[] { 1.0, 0, 2, 1 });
        yield return H("08-touching-corner", new[] { 0.0, 0, 1, 1 }, new[] { 1.0, 1, 2, 2 });
        yield return H("09-nested", new[] { 0.0, 0, 10, 10 }, new[] { 2.0, 3, 4, 6 });
        yield return H("10-nested-reversed", new[] { 2.0, 3, 4, 6 }, new[] { 0.0, 0, 10, 10 });
        yield return H("11-identical-large", new[] { -1e6, -1e6, 1e6, 1e6 }, new[] { -1e6, -1e6, 1e6, 1e6 });
        yield return H("12-both-zero-area", new[] { 1.0, 1, 1, 1 }, new[] { 1.0, 1, 1, 1 });
        yield return H("13-zero-area-line-inside", new[] { 0.0, 0, 4, 4 }, new[] { 1.0, 1, 3, 1 });
        yield return H("14-zero-area-point-and-line", new[] { 2.0, 2, 2, 2 }, new[] { 0.0, 2, 5, 2 });
        yield return H("15-cross-shape", new[] { 0.0, 2, 6, 4 }, new[] { 2.0, 0, 4, 6 });
        yield return H("16-negative-coordinates", new[] { -5.0, -5, -1, -1 }, new[] { -3.0, -4, 0, 0 });
        yield return H("17-half-overlap", new[] { 0.0, 0, 2, 1 }, new[] { 1.0, 0, 3, 1 });
        yield return H("18-tiny-boxes", new[] { 0.0, 0, 1e-6, 1e-6 }, new[] { 5e-7, 5e-7, 1.5e-6, 1.5e-6 });
        yield return H("19-thin-and-wide", new[] { 0.0, 0, 1000, 0.001 }, new[] { 500.0, 0, 1500, 0.001 });
        yield return H("20-shared-edge-inside", new[] { 0.0, 0, 4, 4 }, new[] { 0.0, 0, 4, 2 });
        for (var i = 0; i < 8; i++) yield return H($"{21 + i:00}-random-{i}", Box(10), Box(10));
        for (var i = 0; i < 3; i++) yield return H($"{29 + i:00}-random-large-{i}", Box(1e5), Box(1e5));
    }
}
