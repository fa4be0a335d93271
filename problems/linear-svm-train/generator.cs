public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(20240607);
        double U(double lo, double hi) => lo + random.NextDouble() * (hi - lo);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        double R(double v, int digits = 3) => Math.Round(v, digits);
        double[] UnitVector(int d)
        {
            var v = Enumerable.Range(0, d).Select(_ => Normal()).ToArray();
            var norm = Math.Sqrt(v.Sum(t => t * t));
            return v.Select(t => t / norm).ToArray();
        }
        // Two Gaussian classes: centres +-(separation / 2) along a random direction, shifted by offset,
        // per-feature noise scale; positiveRate is the probability of label +1.
        (double[][] X, int[] Y) Blobs(int n, int d, double separation, double noise = 1, double offset = 0, double positiveRate = 0.5, double scale = 1, int digits = 3)
        {
            var u = UnitVector(d);
            var X = new double[n][];
            var Y = new int[n];
            for (var i = 0; i < n; i++)
            {
                Y[i] = random.NextDouble() < positiveRate ? 1 : -1;
                X[i] = Enumerable.Range(0, d).Select(t => R(scale * (offset + Y[i] * separation / 2 * u[t] + noise * Normal()), digits)).ToArray();
            }
            return (X, Y);
        }
        // Linearly separable with a gap: uniform points in [-1, 1]^d, labelled by a random hyperplane, points
        // closer than gap / 2 to it are dropped.
        (double[][] X, int[] Y) Separable(int n, int d, double gap, double offset = 0)
        {
            var u = UnitVector(d);
            var c = U(-0.3, 0.3);
            var X = new List<double[]>();
            var Y = new List<int>();
            while (X.Count < n)
            {
                var p = Enumerable.Range(0, d).Select(_ => R(U(-1, 1))).ToArray();
                var s = p.Select((v, t) => v * u[t]).Sum() - c;
                if (Math.Abs(s) < gap / 2) continue;
                X.Add(p.Select(v => R(v + offset)).ToArray());
                Y.Add(s > 0 ? 1 : -1);
            }
            return (X.ToArray(), Y.ToArray());
        }
        GeneratedTest H(string name, (double[][] X, int[] Y) data, double lambda) => GeneratedTest.Hidden(name, data.X, data.Y, lambda);

        yield return GeneratedTest.Sample("01-statement-example",
            new[] { new[] { -3.0 }, new[] { -1.0 }, new[] { 1.0 }, new[] { 3.0 } }, new[] { -1, -1, 1, 1 }, 1.0);
        yield return GeneratedTest.Sample("02-two-features-overlap",
            new[] { new[] { 1.0, 2 }, new[] { 2.0, 0.5 }, new[] { 0.5, -1 }, new[] { -1.0, 1 }, new[] { -2.0, -0.5 }, new[] { 0.2, 0.3 }, new[] { -0.5, -2 }, new[] { 1.5, 1.5 } },
            new[] { 1, 1, 1, -1, -1, -1, -1, 1 }, 0.1);

        yield return H("03-single-point", (new[] { new[] { 0.5, -1.2 } }, new[] { 1 }), 0.5);
        yield return H("04-two-points", (new[] { new[] { 2.0, 1.0 }, new[] { 0.0, -1.0 } }, new[] { 1, -1 }), 0.01);
        { var (X, _) = Blobs(30, 3, 2); yield return H("05-all-positive", (X, Enumerable.Repeat(1, 30).ToArray()), 0.1); }
        { var (X, _) = Blobs(25, 2, 2, offset: 3); yield return H("06-all-negative-shifted", (X, Enumerable.Repeat(-1, 25).ToArray()), 0.01); }
        yield return H("07-separable-wide-margin", Separable(60, 2, 0.8), 0.01);
        yield return H("08-separable-near-hard-margin", Separable(80, 2, 0.2), 1e-4);
        yield return H("09-overlapping-blobs", Blobs(300, 3, 2), 0.01);
        yield return H("10-heavy-overlap", Blobs(400, 5, 0.5), 0.001);
        yield return H("11-large-lambda", Blobs(200, 4, 2), 10);
        yield return H("12-huge-lambda-unbalanced", Blobs(150, 3, 3, positiveRate: 0.7), 1000);
        yield return H("13-tiny-lambda-overlap", Blobs(500, 3, 2), 1e-4);
        yield return H("14-unbalanced-classes", Blobs(300, 3, 2.5, positiveRate: 0.05), 0.01);
        {
            // few distinct points, each repeated, some with both labels
            var (P, L) = Blobs(12, 2, 1.5);
            var X = new List<double[]>();
            var Y = new List<int>();
            for (var i = 0; i < 60; i++) { var k = random.Next(P.Length); X.Add(P[k].ToArray()); Y.Add(random.NextDouble() < 0.8 ? L[k] : -L[k]); }
            yield return H("15-duplicates-conflicting-labels", (X.ToArray(), Y.ToArray()), 0.01);
        }
        {
            var (X, Y) = Blobs(200, 3, 2);
            yield return H("16-constant-feature", (X.Select(r => new[] { r[0], 2.5, r[1], r[2] }).ToArray(), Y), 0.01);
        }
        yield return H("17-one-feature", Blobs(200, 1, 1.5), 0.05);
        yield return H("18-shifted-far-from-origin", Blobs(200, 2, 3, offset: 20), 0.01);
        yield return H("19-shifted-separable", Separable(120, 3, 0.3, offset: 8), 0.001);
        yield return H("20-large-magnitude-features", Blobs(300, 3, 2, scale: 1000, digits: 1), 100);
        {
            var (X, Y) = Blobs(300, 3, 2);
            var s = new[] { 0.01, 1, 100 };
            yield return H("21-mixed-feature-scales", (X.Select(r => r.Select((v, t) => R(v * s[t], 5)).ToArray()).ToArray(), Y), 0.01);
        }
        yield return H("22-more-features-than-points", Blobs(15, 20, 1), 0.001);
        yield return H("23-twenty-features", Blobs(200, 20, 1.5), 0.01);
        yield return H("24-one-feature-separable-offset", Separable(100, 1, 0.1, offset: 5), 0.01);
        for (var t = 0; t < 4; t++)
        {
            var d = 2 + 3 * t;
            var lambda = new[] { 0.3, 0.003, 0.03, 3e-4 }[t];
            yield return H($"{25 + t:00}-random-{t}", Blobs(60 + 120 * t, d, U(1, 3), offset: R(U(-2, 2), 1), positiveRate: U(0.3, 0.7)), lambda);
        }
        yield return H("29-large-n-twenty-features", Blobs(2000, 20, 1.5), 0.001);
        yield return H("30-large-n-shifted-tiny-lambda", Blobs(2000, 5, 2, offset: 4), 1e-4);
        yield return H("31-large-n-separable", Separable(2000, 2, 0.05), 0.001);
    }
}
