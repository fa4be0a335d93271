public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(7310);
        const double N = double.NaN;
        string[] strategies = { "mean", "median", "most_frequent" };
        // n x d table; each cell missing with probability pMissing; values from draw().
        double[][] Table(int n, int d, double pMissing, Func<double> draw) =>
            Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => random.NextDouble() < pMissing ? N : draw()).ToArray()).ToArray();
        Func<double> Ints(int lo, int hi) => () => random.Next(lo, hi + 1);
        Func<double> Reals(double lo, double hi) => () => lo + (hi - lo) * random.NextDouble();
        Func<double> Rounded(double lo, double hi) => () => Math.Round(lo + (hi - lo) * random.NextDouble(), 4);
        GeneratedTest H(string name, double[][] x, string s) => GeneratedTest.Hidden(name, x, s);

        var example = new[]
        {
            new[] { 1.0, N, N }, new[] { N, 5.0, N }, new[] { 4.0, 5.0, N }, new[] { 7.0, 2.0, N }, new[] { 2.0, N, N },
        };
        yield return GeneratedTest.Sample("01-statement-example-median", example, "median");
        yield return GeneratedTest.Sample("02-statement-example-mean", example, "mean");
        yield return GeneratedTest.Sample("03-statement-example-most-frequent", example, "most_frequent");

        yield return H("04-single-cell-observed", new[] { new[] { 2.5 } }, "mean");
        yield return H("05-single-cell-missing", new[] { new[] { N } }, "median");
        yield return H("06-no-missing-values", Table(6, 3, 0, Reals(-5, 5)), "median");
        yield return H("07-everything-missing", Table(4, 3, 1.1, Reals(0, 1)), "most_frequent");
        yield return H("08-one-all-missing-column-mean",
            new[] { new[] { 1.0, N, 3 }, new[] { N, N, 4 }, new[] { 5.0, N, N } }, "mean");
        yield return H("09-one-all-missing-column-median",
            new[] { new[] { N, 2.0 }, new[] { N, N }, new[] { N, 8.0 } }, "median");
        yield return H("10-median-even-count",
            new[] { new[] { 10.0, N }, new[] { 1.0, 3 }, new[] { N, 9 }, new[] { 4.0, 1 }, new[] { 2.0, 6 } }, "median");
        yield return H("11-median-odd-count-unsorted",
            new[] { new[] { 9.0 }, new[] { -3.0 }, new[] { N }, new[] { 4.0 }, new[] { 0.5 }, new[] { 100.0 } }, "median");
        // Ties for the highest count where the first seen value is not the smallest.
        yield return H("12-mode-tie-smallest-wins",
            new[] { new[] { 7.0, -1 }, new[] { 3.0, -4 }, new[] { N, N }, new[] { 7.0, -1 }, new[] { 3.0, -4 }, new[] { 9.0, 0 } }, "most_frequent");
        yield return H("13-mode-unique-winner-not-smallest",
            new[] { new[] { 1.0 }, new[] { 5.0 }, new[] { 5.0 }, new[] { N }, new[] { 2.0 }, new[] { 5.0 }, new[] { 1.0 } }, "most_frequent");
        yield return H("14-mode-all-distinct", new[] { new[] { 4.5, N }, new[] { -2.25, 1 }, new[] { 8.0, N }, new[] { N, 1 } }, "most_frequent");
        yield return H("15-single-row", new[] { new[] { 1.0, N, -2, N } }, "mean");
        yield return H("16-single-column-mostly-missing", Table(30, 1, 0.9, Reals(-1, 1)), "mean");
        yield return H("17-large-magnitudes-mean", Table(40, 4, 0.3, () => 1e12 + random.Next(0, 1000) * 0.25), "mean");
        yield return H("18-tiny-magnitudes-mean", Table(40, 4, 0.3, Reals(1e-8, 5e-8)), "mean");
        yield return H("19-negative-values-median", Table(25, 5, 0.4, Reals(-1e3, -1)), "median");
        var t = 20;
        for (var i = 0; i < 6; i++)
        {
            var s = strategies[i % 3];
            var pm = 0.1 + 0.12 * i;
            var draw = s == "most_frequent" ? Ints(-3, 3) : (i % 2 == 0 ? Ints(0, 20) : Reals(-50, 50));
            yield return H($"{t++:00}-random-{s}-{i}", Table(20 + 15 * i, 2 + i, pm, draw), s);
        }
        for (var i = 0; i < 3; i++)
            yield return H($"{t++:00}-random-even-median-{i}", Table(40 + 2 * i, 5, 0.5, Ints(0, 9)), "median");
        yield return H($"{t++:00}-large-mean", Table(1000, 10, 0.2, Rounded(-100, 100)), "mean");
        yield return H($"{t++:00}-large-median", Table(1000, 10, 0.35, Rounded(0, 1)), "median");
        yield return H($"{t++:00}-large-most-frequent", Table(1000, 10, 0.25, Ints(0, 6)), "most_frequent");
    }
}
