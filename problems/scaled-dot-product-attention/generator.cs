public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(5150);
        // Values rounded to 3 decimals keep the JSON small; they are still generic (no accidental ties).
        double[][] M(int rows, int cols, double scale, double offset = 0, int digits = 3) => Enumerable.Range(0, rows)
            .Select(_ => Enumerable.Range(0, cols).Select(_ => Math.Round(offset + (random.NextDouble() * 2 - 1) * scale, digits)).ToArray()).ToArray();
        bool[][] RandomMask(int n, int m, double keep) => Enumerable.Range(0, n)
            .Select(_ => Enumerable.Range(0, m).Select(_ => random.NextDouble() < keep).ToArray()).ToArray();
        bool[][] Causal(int n, int m) => Enumerable.Range(0, n).Select(i => Enumerable.Range(0, m).Select(j => j <= i).ToArray()).ToArray();
        bool[][] AllTrue(int n, int m) => Enumerable.Range(0, n).Select(_ => Enumerable.Repeat(true, m).ToArray()).ToArray();
        var none = Array.Empty<bool[]>();
        GeneratedTest H(string name, double[][] q, double[][] k, double[][] v, bool[][] mask) => GeneratedTest.Hidden(name, q, k, v, mask);

        yield return GeneratedTest.Sample("01-statement-example",
            new[] { new[] { 1.0, 1, 1, 1 }, new[] { 0.0, 0, 0, 0 } },
            new[] { new[] { 1.0, 1, 0, 0 }, new[] { 0.0, 0, 0, 0 } },
            new[] { new[] { 10.0, 0 }, new[] { 0.0, 10 } },
            new[] { new[] { true, true }, new[] { false, false } });
        yield return GeneratedTest.Sample("02-causal-self-attention", M(3, 2, 1), M(3, 2, 1), M(3, 2, 5), Causal(3, 3));

        yield return H("03-single-query-single-key", M(1, 3, 2), M(1, 3, 2), M(1, 4, 10), none);
        yield return H("04-no-mask", M(4, 4, 1), M(5, 4, 1), M(5, 3, 10), none);
        var q5 = M(5, 6, 1); var k5 = M(7, 6, 1); var v5 = M(7, 2, 10);
        yield return H("05-all-true-mask", q5, k5, v5, AllTrue(5, 7));
        var m6 = RandomMask(6, 5, 0.6); m6[2] = new bool[5]; m6[4] = new bool[5];
        yield return H("06-fully-masked-rows", M(6, 3, 1), M(5, 3, 1), M(5, 4, 10), m6);
        yield return H("07-everything-masked", M(3, 2, 1), M(4, 2, 1), M(4, 3, 10), new[] { new bool[4], new bool[4], new bool[4] });
        var key = M(1, 4, 1)[0];
        yield return H("08-identical-keys-uniform", M(3, 4, 1), Enumerable.Repeat(key, 5).ToArray(), M(5, 2, 10), none);
        yield return H("09-large-positive-logits", M(4, 8, 100), M(6, 8, 100), M(6, 3, 10), none);
        // q entries near +80, k entries near -80: every score is about -18000, but the scores of one row
        // differ by O(1), so the weights are far from one-hot.
        yield return H("10-large-negative-logits-close-scores", M(3, 8, 1, 80), M(5, 8, 0.01, -80), M(5, 3, 10), none);
        // The largest score of each row is masked out; the allowed ones are far below it.
        var q11 = M(4, 8, 20, 80); var k11 = M(5, 8, 20, 80);
        for (var t = 0; t < 8; t++) k11[0][t] = 100;
        for (var j = 1; j < 5; j++) for (var t = 0; t < 8; t++) k11[j][t] = Math.Round(k11[j][t] - 90, 3);
        var m11 = Enumerable.Range(0, 4).Select(_ => new[] { false, true, true, true, true }).ToArray();
        yield return H("11-large-logits-masked-maximum", q11, k11, M(5, 2, 10), m11);
        yield return H("12-near-one-hot", M(5, 16, 10), M(8, 16, 10), M(8, 4, 100), RandomMask(5, 8, 0.7));
        yield return H("13-wide-head-dim", M(6, 64, 1), M(6, 64, 1), M(6, 6, 10), none);
        yield return H("14-rectangular-n-lt-m", M(3, 5, 1), M(11, 5, 1), M(11, 4, 10), RandomMask(3, 11, 0.5));
        yield return H("15-rectangular-n-gt-m", M(12, 4, 1), M(2, 4, 1), M(2, 7, 10), none);
        yield return H("16-dv-one", M(5, 3, 2), M(6, 3, 2), M(6, 1, 10), RandomMask(5, 6, 0.7));
        yield return H("17-d-one", M(6, 1, 3), M(6, 1, 3), M(6, 3, 10), Causal(6, 6));
        yield return H("18-tiny-magnitudes", M(4, 4, 1e-6, 0, 9), M(5, 4, 1e-6, 0, 9), M(5, 3, 10), none);
        yield return H("19-large-values", M(4, 4, 2), M(6, 4, 2), M(6, 3, 1000), RandomMask(4, 6, 0.8));
        for (var i = 0; i < 6; i++)
        {
            int n = 2 + random.Next(10), m = 2 + random.Next(10), d = 1 + random.Next(12), dv = 1 + random.Next(8);
            yield return H($"{20 + i:00}-random-{i}", M(n, d, 2), M(m, d, 2), M(m, dv, 10), i % 2 == 0 ? none : RandomMask(n, m, 0.7));
        }
        yield return H("26-causal-16", M(16, 8, 2), M(16, 8, 2), M(16, 8, 10), Causal(16, 16));
        yield return H("27-random-mask-with-empty-rows", M(20, 8, 2), M(20, 8, 2), M(20, 4, 10), RandomMask(20, 20, 0.15));
        yield return H("28-mixed-scale-logits", M(16, 16, 30), M(24, 16, 30), M(24, 8, 10), RandomMask(16, 24, 0.8));
        yield return H("29-large-64", M(64, 32, 1), M(64, 32, 1), M(64, 16, 10), Causal(64, 64));
        yield return H("30-large-positive-logits-close-scores", M(4, 8, 1, 80), M(6, 8, 0.01, 80), M(6, 3, 10), RandomMask(4, 6, 0.8));
    }
}
