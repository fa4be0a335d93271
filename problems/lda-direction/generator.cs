public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(1936);
        double Gauss() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        // 9 significant digits keep the files small without changing the problem's conditioning.
        double R(double v) => double.Parse(v.ToString("G9", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        double[][] Mixing(int d, double[] scales) => Enumerable.Range(0, d).Select(p => Enumerable.Range(0, d).Select(_ => scales[p] * Gauss()).ToArray()).ToArray();
        double[] Ones(int d) => Enumerable.Repeat(1.0, d).ToArray();
        double[] Vec(int d, double size) => Enumerable.Range(0, d).Select(_ => size * Gauss()).ToArray();
        // x = mean + A z with one latent standard-normal vector z per sample, so rows of A mix features.
        double[] Sample(double[] mean, double[][] a)
        {
            var z = mean.Select(_ => Gauss()).ToArray();
            return mean.Select((m, p) => R(m + a[p].Select((v, q) => v * z[q]).Sum())).ToArray();
        }

        // n0 samples of class 0 and n1 of class 1, shuffled unless sorted is set.
        (double[][] x, int[] y) Classes(int n0, int n1, double[] mu0, double[] mu1, double[][] a0, double[][] a1, bool sorted = false)
        {
            var rows = Enumerable.Range(0, n0).Select(_ => (Sample(mu0, a0), 0))
                .Concat(Enumerable.Range(0, n1).Select(_ => (Sample(mu1, a1), 1))).ToList();
            if (!sorted) rows = rows.OrderBy(_ => random.Next()).ToList();
            return (rows.Select(r => r.Item1).ToArray(), rows.Select(r => r.Item2).ToArray());
        }

        GeneratedTest H(string name, (double[][] x, int[] y) data) => GeneratedTest.Hidden(name, data.x, data.y);

        yield return GeneratedTest.Sample("01-statement-example",
            new[] { new[] { 1.0, 1 }, new[] { 5.0, 4 }, new[] { 3.0, 1 }, new[] { 7.0, 6 }, new[] { 2.0, 4 }, new[] { 6.0, 8 } },
            new[] { 0, 1, 0, 1, 0, 1 });
        var a3 = Mixing(3, Ones(3));
        var s2 = Classes(6, 6, new[] { 0.0, 0, 0 }, new[] { 2.0, -1, 1 }, a3, a3);
        yield return GeneratedTest.Sample("02-three-features", s2.x, s2.y);

        var a1 = new[] { new[] { 1.5 } };
        yield return H("03-one-feature-positive", Classes(5, 7, new[] { -1.0 }, new[] { 2.0 }, a1, a1));
        yield return H("04-one-feature-negative", Classes(8, 4, new[] { 3.0 }, new[] { -2.0 }, a1, a1));
        var a3b = Mixing(3, Ones(3));
        yield return H("05-single-sample-class", Classes(1, 4, new[] { 1.0, 1, 1 }, new[] { 3.0, 0, 2 }, a3b, a3b));
        var a2 = Mixing(2, Ones(2));
        yield return H("06-sorted-by-class", Classes(10, 10, new[] { 0.0, 0 }, new[] { 1.0, 3 }, a2, a2, sorted: true));
        var diag = new[] { new[] { 2.0, 0, 0 }, new[] { 0.0, 0.5, 0 }, new[] { 0.0, 0, 1 } };
        yield return H("07-axis-aligned-covariance", Classes(30, 30, new[] { 0.0, 0, 0 }, new[] { 1.0, 1, 1 }, diag, diag));
        // Near-collinear features: the second and third features are almost copies of the first.
        var corr = new[] { new[] { 1.0, 0, 0 }, new[] { 1.0, 0.01, 0 }, new[] { 1.0, 0, 0.003 } };
        yield return H("08-highly-correlated-features", Classes(40, 40, new[] { 0.0, 0, 0 }, new[] { 1.0, 1.02, 0.99 }, corr, corr));
        var scales = new[] { 1e-3, 1.0, 1e3, 10.0 };
        var am = Mixing(4, scales);
        yield return H("09-mixed-feature-scales", Classes(50, 50, new[] { 0.0, 0, 0, 0 }, new[] { 2e-3, 0.5, -800, 5 }, am, am));
        var ao = Mixing(3, Ones(3));
        yield return H("10-large-offset", Classes(40, 40, new[] { 1e6, -1e6, 5e5 }, new[] { 1e6 + 2, -1e6 + 1, 5e5 - 1 }, ao, ao));
        var a4 = Mixing(4, Ones(4));
        yield return H("11-overlapping-classes", Classes(60, 60, new double[4], Vec(4, 0.05), a4, a4));
        yield return H("12-well-separated-classes", Classes(25, 25, new double[4], Vec(4, 50), a4, a4));
        var ai0 = Mixing(3, new[] { 3.0, 1, 0.3 });
        var ai1 = Mixing(3, new[] { 0.3, 2, 1 });
        yield return H("13-imbalanced-different-shapes", Classes(200, 10, new[] { 0.0, 0, 0 }, new[] { 1.0, 2, -1 }, ai0, ai1));
        var a5 = Mixing(5, Ones(5));
        yield return H("14-minimal-sample-count", Classes(2, 5, Vec(5, 1), Vec(5, 1), a5, a5));
        var an = Mixing(3, Ones(3));
        yield return H("15-negative-coordinates", Classes(20, 30, new[] { -50.0, -80, -10 }, new[] { -52.0, -79, -13 }, an, an));
        var t = 16;
        for (var i = 0; i < 10; i++)
        {
            var d = 2 + (i * 7) % 9;
            var n0 = 10 + random.Next(80);
            var n1 = 10 + random.Next(80);
            var sc = Enumerable.Range(0, d).Select(_ => Math.Pow(10, 2 * random.NextDouble() - 1)).ToArray();
            var b0 = Mixing(d, sc);
            var b1 = i % 2 == 0 ? b0 : Mixing(d, sc);
            yield return H($"{t++:00}-random-d{d}", Classes(n0, n1, Vec(d, 3), Vec(d, 3), b0, b1));
        }
        var big = Mixing(10, Ones(10));
        yield return H($"{t++:00}-large-d10", Classes(500, 500, Vec(10, 1), Vec(10, 1), big, big));
        var big0 = Mixing(6, Ones(6));
        var big1 = Mixing(6, new[] { 2.0, 0.5, 1, 3, 0.2, 1 });
        yield return H($"{t++:00}-large-imbalanced", Classes(900, 100, Vec(6, 2), Vec(6, 2), big0, big1));
    }
}
