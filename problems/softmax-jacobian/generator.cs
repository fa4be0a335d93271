public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(1001);
        double[] U(int n, double s) => Enumerable.Range(0, n).Select(_ => Math.Round((random.NextDouble() * 2 - 1) * s, 4)).ToArray();
        GeneratedTest H(string name, double[] z) => GeneratedTest.Hidden(name, (object)z);
        yield return GeneratedTest.Sample("01-two-equal", (object)new[] { 0.0, 0 });
        yield return GeneratedTest.Sample("02-three", (object)new[] { 1.0, 2, 3 });
        yield return H("03-single", new[] { 5.0 });
        yield return H("04-large-logits", new[] { 1000.0, 999, 998 });
        yield return H("05-negative-large", new[] { -1000.0, -1001 });
        // e^-20 ≈ 2e-9 keeps the off-diagonal entries far above atol (at 50 they were ~1e-22: only a NaN check).
        yield return H("06-one-dominant", new[] { 20.0, 0, 0 });
        yield return H("07-equal-four", new[] { 2.0, 2, 2, 2 });
        yield return H("08-huge-spread", new[] { 800.0, -800 });
        for (var i = 0; i < 12; i++) yield return H($"{9 + i:00}-random-{i}", U(2 + 3 * i, 1 + i));
        yield return H("21-wide", U(200, 5));
        yield return H("22-large-and-wide", U(50, 2000));
    }
}
