public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(4242);
        // Entries rounded to 3 decimals keep the JSON small and are still generic (no accidental ties).
        double[][] M(int rows, int cols, double scale) => Enumerable.Range(0, rows)
            .Select(_ => Enumerable.Range(0, cols).Select(_ => Math.Round((random.NextDouble() * 2 - 1) * scale, 3)).ToArray()).ToArray();
        // Tiny entries keep 3 significant decimals (rounding after scaling by 1e-4 would leave only zeros).
        double[][] Tiny(int rows, int cols, double scale) => Enumerable.Range(0, rows)
            .Select(_ => Enumerable.Range(0, cols).Select(_ => Math.Round((random.NextDouble() * 2 - 1) * 1000) / (1000 / scale)).ToArray()).ToArray();
        // Weights scaled by 1/sqrt(dModel) keep the projections O(1) so the attention stays soft.
        double[][] W(int d, double gain = 1.5) => M(d, d, gain / Math.Sqrt(d));
        double[][] Identity(int d) => Enumerable.Range(0, d).Select(i => Enumerable.Range(0, d).Select(j => i == j ? 1.0 : 0.0).ToArray()).ToArray();
        GeneratedTest H(string name, double[][] x, double[][] wq, double[][] wk, double[][] wv, double[][] wo, int heads, bool causal)
            => GeneratedTest.Hidden(name, x, wq, wk, wv, wo, heads, causal);
        GeneratedTest R(string name, int n, int d, int heads, bool causal, double xScale = 2, double gain = 1.5)
            => H(name, M(n, d, xScale), W(d, gain), W(d, gain), W(d, gain), W(d, gain), heads, causal);

        var ex = new[] { new[] { 1.0, 0.0 }, new[] { 0.0, 2.0 } };
        var exWo = new[] { new[] { 1.0, 1.0 }, new[] { 0.0, 1.0 } };
        yield return GeneratedTest.Sample("01-statement-example", ex, Identity(2), Identity(2), Identity(2), exWo, 2, false);
        yield return GeneratedTest.Sample("02-statement-example-causal", ex, Identity(2), Identity(2), Identity(2), exWo, 2, true);

        yield return R("03-single-token", 1, 4, 2, false);
        yield return R("04-single-token-causal", 1, 6, 3, true);
        yield return R("05-one-head", 5, 4, 1, false);
        yield return R("06-head-dim-one", 5, 4, 4, false);
        yield return R("07-head-dim-one-causal", 6, 6, 6, true);
        yield return H("08-identity-weights", M(4, 4, 2), Identity(4), Identity(4), Identity(4), Identity(4), 2, false);
        // Zero query weights: every score is 0, so each head averages the visible value rows.
        var d9 = 6;
        yield return H("09-zero-query-weights-causal", M(5, d9, 2), new double[d9].Select(_ => new double[d9]).ToArray(), W(d9), W(d9), W(d9), 3, true);
        var token = M(1, 8, 2)[0];
        yield return H("10-identical-tokens", Enumerable.Repeat(token, 5).ToArray(), W(8), W(8), W(8), W(8), 4, false);
        yield return R("11-two-heads-causal", 6, 8, 2, true);
        // Scores in the thousands: exp overflows without the max shift.
        yield return R("12-large-logits", 6, 8, 2, false, 30, 3);
        yield return R("13-large-logits-causal", 8, 8, 4, true, 30, 3);
        yield return H("14-tiny-magnitudes", Tiny(5, 4, 1e-4), W(4), W(4), W(4), W(4), 2, false);
        yield return R("15-large-values", 6, 6, 2, true, 500, 1);
        var shapes = new (int n, int d, int heads, bool causal)[]
        {
            (3, 6, 2, false), (7, 6, 3, true), (4, 12, 4, false), (9, 8, 2, true),
            (5, 10, 5, false), (10, 12, 3, true), (8, 16, 4, false), (12, 9, 3, true),
        };
        for (var i = 0; i < shapes.Length; i++)
            yield return R($"{16 + i:00}-random-{i}", shapes[i].n, shapes[i].d, shapes[i].heads, shapes[i].causal);
        yield return R("24-long-sequence-causal", 48, 16, 4, true);
        yield return R("25-wide-model", 16, 64, 8, false);
        yield return R("26-large-causal-8-heads", 40, 48, 8, true);
        yield return R("27-large-16-heads", 32, 32, 16, false);
    }
}
