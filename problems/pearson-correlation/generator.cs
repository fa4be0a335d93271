public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(1921);
        (double[], double[]) Pair(int n, double rho, double scale, double offset)
        {
            var x = new double[n];
            var y = new double[n];
            for (var i = 0; i < n; i++)
            {
                var a = random.NextDouble() * 2 - 1;
                var b = random.NextDouble() * 2 - 1;
                x[i] = offset + scale * a;
                y[i] = offset + scale * (rho * a + Math.Sqrt(1 - rho * rho) * b);
            }
            return (x, y);
        }
        GeneratedTest H(string name, (double[] x, double[] y) d) => GeneratedTest.Hidden(name, d.x, d.y);
        yield return GeneratedTest.Sample("01-example", new[] { 1.0, 2, 3 }, new[] { 2.0, 4, 7 });
        yield return GeneratedTest.Sample("02-perfect-negative", new[] { 1.0, 2, 3, 4 }, new[] { 8.0, 6, 4, 2 });
        yield return H("03-two-points", (new[] { 0.0, 1 }, new[] { 5.0, 3 }));
        yield return H("04-constant-x", (new[] { 2.0, 2, 2 }, new[] { 1.0, 2, 3 }));
        yield return H("05-constant-y", (new[] { 1.0, 2, 3 }, new[] { 4.0, 4, 4 }));
        yield return H("06-perfect-positive-affine", (new[] { 1.0, 2, 3, 4, 5 }, new[] { 13.0, 15, 17, 19, 21 }));
        yield return H("07-uncorrelated-symmetric", (new[] { -1.0, 0, 1 }, new[] { 1.0, 0, 1 }));
        yield return H("08-large-offset", Pair(100, 0.8, 1, 1e8));
        yield return H("09-larger-offset", Pair(100, 0.5, 1000, 1e9));
        yield return H("10-tiny-scale", Pair(100, 0.3, 1e-8, 0));
        for (var i = 0; i < 8; i++) yield return H($"{11 + i:00}-random-{i}", Pair(20 + 20 * i, -0.9 + 0.25 * i, 5, i));
        for (var i = 0; i < 2; i++) yield return H($"{19 + i:00}-offset-{i}", Pair(300, 0.95, 10, 1e6 * (i + 1)));
        yield return H("21-long", Pair(100_000, 0.1, 3, 100));
        yield return H("22-near-perfect", Pair(1000, 0.999999, 2, 0));
        // Constant samples whose computed mean is not exactly their value: the centred spread is ~1e-34, not 0.
        yield return H("23-constant-non-integer-x", (new[] { 0.1, 0.1, 0.1 }, new[] { 1.0, 2, 4 }));
        yield return H("24-constant-non-integer-y", (new[] { 3.0, -1, 2, 5, 0, 1, 7 }, Enumerable.Repeat(0.7, 7).ToArray()));
    }
}
