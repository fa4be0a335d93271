public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(1957);
        double Gauss() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        double[][] Blobs(int perBlob, double[][] centers, double spread) =>
            centers.SelectMany(c => Enumerable.Range(0, perBlob).Select(_ => c.Select(v => v + spread * Gauss()).ToArray())).OrderBy(_ => random.Next()).ToArray();
        double[][] Uniform(int n, int d, double scale) => Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => random.NextDouble() * scale).ToArray()).ToArray();
        double[][] Pick(double[][] points, int k) => Enumerable.Range(0, k).Select(_ => points[random.Next(points.Length)].ToArray()).ToArray();
        GeneratedTest H(string name, double[][] p, double[][] c, int it) => GeneratedTest.Hidden(name, p, c, it);

        yield return GeneratedTest.Sample("01-statement-example",
            new[] { new[] { 0.0, 0 }, new[] { 0.0, 1 }, new[] { 10.0, 10 }, new[] { 10.0, 11 }, new[] { 5.0, 5 } },
            new[] { new[] { 0.0, 0 }, new[] { 10.0, 10 } }, 10);
        yield return GeneratedTest.Sample("02-one-dimension", new[] { new[] { 1.0 }, new[] { 2.0 }, new[] { 9.0 }, new[] { 10.0 } }, new[] { new[] { 1.0 }, new[] { 2.0 } }, 5);

        yield return H("03-single-point", new[] { new[] { 3.0, 4 } }, new[] { new[] { 0.0, 0 }, new[] { 3.0, 4 } }, 5);
        yield return H("04-single-centroid", Uniform(20, 3, 10), new[] { new[] { 1.0, 1, 1 } }, 5);
        yield return H("05-zero-iterations", Uniform(30, 2, 10), new[] { new[] { 0.0, 0 }, new[] { 10.0, 10 }, new[] { 0.0, 10 } }, 0);
        yield return H("06-one-iteration", Uniform(60, 2, 10), new[] { new[] { 0.0, 0 }, new[] { 10.0, 10 }, new[] { 0.0, 10 } }, 1);
        yield return H("07-two-iterations", Uniform(60, 2, 10), new[] { new[] { 5.0, 5 }, new[] { 5.1, 5 }, new[] { 5.0, 5.1 } }, 2);
        yield return H("08-equidistant-ties", new[] { new[] { 0.0, 0 }, new[] { 2.0, 0 }, new[] { 1.0, 0 }, new[] { 1.0, 5 } }, new[] { new[] { 0.0, 0 }, new[] { 2.0, 0 } }, 0);
        yield return H("09-duplicate-centroids", Uniform(25, 2, 4), new[] { new[] { 1.0, 1 }, new[] { 1.0, 1 }, new[] { 3.0, 3 } }, 10);
        yield return H("10-empty-cluster-stays", new[] { new[] { 0.0, 0 }, new[] { 1.0, 0 }, new[] { 0.0, 1 }, new[] { 9.0, 9 } }, new[] { new[] { 0.5, 0.5 }, new[] { 100.0, 100 }, new[] { 9.0, 9 } }, 10);
        yield return H("11-empty-cluster-would-capture", new[] { new[] { 0.0, 0 }, new[] { 1.0, 1 }, new[] { 2.0, 2 }, new[] { 0.2, 0.2 } }, new[] { new[] { 1.0, 1 }, new[] { 0.1, 0.1 }, new[] { -5.0, -5 } }, 10);
        yield return H("12-identical-points", Enumerable.Repeat(new[] { 2.0, 2 }, 10).Select(p => p.ToArray()).ToArray(), new[] { new[] { 2.0, 2 }, new[] { 3.0, 3 } }, 5);
        yield return H("13-collinear", Enumerable.Range(0, 21).Select(i => new[] { (double)i, 0 }).ToArray(), new[] { new[] { 0.0, 0 }, new[] { 1.0, 0 }, new[] { 2.0, 0 } }, 20);
        yield return H("14-large-coordinates", Uniform(50, 2, 1e8), new[] { new[] { 0.0, 0 }, new[] { 1e8, 1e8 } }, 10);
        yield return H("15-negative-coordinates", Uniform(40, 2, 10).Select(p => p.Select(v => -v).ToArray()).ToArray(), new[] { new[] { -1.0, -1 }, new[] { -9.0, -9 } }, 10);
        for (var i = 0; i < 5; i++)
        {
            var centers = Enumerable.Range(0, 3 + i).Select(_ => new[] { random.NextDouble() * 100, random.NextDouble() * 100 }).ToArray();
            var points = Blobs(30, centers, 4);
            yield return H($"{16 + i:00}-blobs-{i}", points, Pick(points, centers.Length), 50);
        }
        for (var i = 0; i < 4; i++)
        {
            var points = Uniform(200, 2 + i, 1);
            yield return H($"{21 + i:00}-uniform-{i}", points, Pick(points, 4 + i), 3 + 5 * i);
        }
        var high = Uniform(300, 16, 1);
        yield return H("25-high-dimension", high, Pick(high, 6), 30);
        var big = Blobs(500, Enumerable.Range(0, 8).Select(_ => new[] { random.NextDouble() * 50, random.NextDouble() * 50, random.NextDouble() * 50 }).ToArray(), 6);
        yield return H("26-large-n", big, Pick(big, 8), 100);
        var grid = Enumerable.Range(0, 100).Select(i => new[] { (double)(i % 10), (double)(i / 10) }).ToArray();
        yield return H("27-integer-grid-ties", grid, new[] { new[] { 2.0, 2 }, new[] { 7.0, 2 }, new[] { 2.0, 7 }, new[] { 7.0, 7 } }, 10);
        yield return H("28-more-centroids-than-points", new[] { new[] { 1.0, 1 }, new[] { 5.0, 5 } }, new[] { new[] { 0.0, 0 }, new[] { 1.0, 1 }, new[] { 4.0, 4 }, new[] { 6.0, 6 } }, 10);
        var slow = Uniform(400, 2, 1);
        yield return H("29-slow-convergence", slow, Pick(slow, 12), 7);
        yield return H("30-many-iterations", slow, Pick(slow, 5), 500);
    }
}
