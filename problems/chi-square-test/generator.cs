public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(90210);
        double Gauss() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        double[] Probabilities(int k) { var w = Enumerable.Range(0, k).Select(_ => 0.2 + random.NextDouble()).ToArray(); var s = w.Sum(); return w.Select(v => v / s).ToArray(); }
        // Counts ~ approx. Poisson(mean): mean + sqrt(mean) * noise, rounded and clipped at 0.
        int Count(double mean) => Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Gauss()));
        // Table with total about n; dependence 0 = independent rows/columns, 1 = strongly dependent.
        int[][] Table(int r, int c, double n, double dependence)
        {
            var p = Probabilities(r);
            var q = Probabilities(c);
            var bump = Enumerable.Range(0, r).Select(_ => Enumerable.Range(0, c).Select(_ => random.NextDouble()).ToArray()).ToArray();
            var bumpSum = bump.Sum(row => row.Sum());
            return Enumerable.Range(0, r).Select(i => Enumerable.Range(0, c).Select(j =>
                Count(n * ((1 - dependence) * p[i] * q[j] + dependence * bump[i][j] / bumpSum))).ToArray()).ToArray();
        }
        GeneratedTest H(string name, int[][] table) => GeneratedTest.Hidden(name, (object)table);

        yield return GeneratedTest.Sample("01-statement-example", (object)new[] { new[] { 20, 15, 25 }, new[] { 30, 35, 15 } });
        yield return GeneratedTest.Sample("02-two-by-two", (object)new[] { new[] { 10, 20 }, new[] { 30, 40 } });

        yield return H("03-one-cell", new[] { new[] { 5 } });
        yield return H("04-single-row", new[] { new[] { 3, 4, 5, 6 } });
        yield return H("05-single-column", new[] { new[] { 3 }, new[] { 9 }, new[] { 1 } });
        yield return H("06-all-zero", new[] { new[] { 0, 0 }, new[] { 0, 0 } });
        yield return H("07-zero-row", new[] { new[] { 12, 5, 9 }, new[] { 0, 0, 0 }, new[] { 4, 11, 7 } });
        yield return H("08-zero-column", new[] { new[] { 12, 0, 5, 9 }, new[] { 4, 0, 11, 7 }, new[] { 8, 0, 8, 1 } });
        yield return H("09-zero-lines-leave-one-row", new[] { new[] { 0, 0, 0 }, new[] { 7, 0, 3 }, new[] { 0, 0, 0 } });
        yield return H("10-exactly-independent", new[] { new[] { 2, 5, 10 }, new[] { 4, 10, 20 }, new[] { 6, 15, 30 } });
        yield return H("11-diagonal", new[] { new[] { 50, 0 }, new[] { 0, 50 } });
        yield return H("12-small-two-by-two", new[] { new[] { 3, 1 }, new[] { 1, 3 } });
        yield return H("13-two-by-two-moderate", new[] { new[] { 43, 57 }, new[] { 61, 39 } });
        yield return H("14-huge-counts-dependent", Table(4, 5, 1.5e7, 0.3));
        yield return H("15-huge-counts-independent", Table(3, 3, 2e7, 0.0));
        yield return H("16-small-p-value", Table(3, 3, 600, 0.5));
        yield return H("17-p-near-one", new[] { new[] { 100, 101, 99, 100 }, new[] { 100, 99, 101, 100 }, new[] { 100, 100, 100, 100 } });
        yield return H("18-odd-dof-three", Table(2, 4, 300, 0.1));
        yield return H("19-odd-dof-nine", Table(4, 4, 500, 0.05));
        yield return H("20-sparse-with-zeros", Table(5, 6, 25, 0.0));
        for (var i = 0; i < 6; i++)
            yield return H($"{21 + i:00}-independent-{i}", Table(2 + i, 3 + 2 * i, 200 * (i + 1), 0.0));
        for (var i = 0; i < 4; i++)
            // Dependence strong enough that every one of these is significant (p < 0.001), as the name says.
            yield return H($"{27 + i:00}-dependent-{i}", Table(3 + 2 * i, 2 + 3 * i, 5000 * (i + 1), 0.7 / (1 + 2 * i)));
        yield return H("31-large-dof-independent", Table(30, 30, 90000, 0.0));
        yield return H("32-large-dof-odd", Table(30, 29, 50000, 0.01));
        yield return H("33-large-dof-dependent", Table(25, 30, 40000, 0.1));
    }
}
