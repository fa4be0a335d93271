public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(1995);
        int[] Labels(int n) => Enumerable.Range(0, n).Select(_ => random.Next(2) == 0 ? -1 : 1).ToArray();
        // Copies the labels, flipping each one with probability errorRate.
        int[] Predict(int[] y, double errorRate) => y.Select(v => random.NextDouble() < errorRate ? -v : v).ToArray();
        double[] Uniform(int n, double lo, double hi) => Enumerable.Range(0, n).Select(_ => lo + (hi - lo) * random.NextDouble()).ToArray();
        double[] LogUniform(int n, double lo, double hi) => Enumerable.Range(0, n).Select(_ => Math.Exp(Math.Log(lo) + (Math.Log(hi) - Math.Log(lo)) * random.NextDouble())).ToArray();
        double[] Normalized(double[] w) { var s = w.Sum(); return w.Select(v => v / s).ToArray(); }
        GeneratedTest H(string name, int[] h, int[] y, double[] w) => GeneratedTest.Hidden(name, h, y, w);

        yield return GeneratedTest.Sample("01-statement-example",
            new[] { 1, -1, 1, 1, -1 }, new[] { 1, -1, -1, 1, -1 }, new[] { 1.0, 1, 1, 1, 1 });
        yield return GeneratedTest.Sample("02-perfect-learner-clipped",
            new[] { 1, 1, -1, -1 }, new[] { 1, 1, -1, -1 }, new[] { 0.1, 0.2, 0.3, 0.4 });

        yield return H("03-single-correct", new[] { 1 }, new[] { 1 }, new[] { 3.5 });
        yield return H("04-single-wrong", new[] { -1 }, new[] { 1 }, new[] { 0.25 });
        yield return H("05-all-wrong", new[] { 1, -1, 1, -1, 1 }, new[] { -1, 1, -1, 1, -1 }, new[] { 1.0, 2, 3, 4, 5 });
        yield return H("06-error-exactly-half", new[] { 1, 1, -1, -1 }, new[] { 1, -1, -1, 1 }, new[] { 2.0, 2, 2, 2 });
        yield return H("07-error-above-half", new[] { 1, 1, 1, -1, -1 }, new[] { -1, -1, 1, 1, -1 }, new[] { 1.0, 1, 1, 1, 1 });
        // Misclassified mass 1e-6 out of ~1e6: err ~ 1e-12 < delta, so it is clipped.
        yield return H("08-tiny-error-clipped", new[] { 1, -1, 1, 1 }, new[] { 1, -1, 1, -1 }, new[] { 4e5, 3e5, 3e5, 1e-6 });
        // err = 1e-9 > delta: not clipped.
        yield return H("09-tiny-error-not-clipped", new[] { 1, 1 }, new[] { 1, -1 }, new[] { 1.0, 1e-9 / (1 - 1e-9) });
        yield return H("10-error-near-one-clipped", new[] { -1, -1, 1 }, new[] { 1, 1, 1 }, new[] { 5e5, 5e5, 1e-6 });
        var y11 = Labels(20);
        yield return H("11-already-normalized-weights", Predict(y11, 0.3), y11, Normalized(Uniform(20, 0.5, 1.5)));
        var y12 = Labels(30);
        yield return H("12-large-weights", Predict(y12, 0.25), y12, Uniform(30, 1e5, 1e6));
        var y13 = Labels(30);
        yield return H("13-small-weights", Predict(y13, 0.35), y13, Uniform(30, 1e-6, 1e-5));
        var y14 = Labels(40);
        yield return H("14-weights-span-12-decades", Predict(y14, 0.4), y14, LogUniform(40, 1e-6, 1e6));
        var y15 = Enumerable.Repeat(1, 12).ToArray();
        yield return H("15-all-labels-positive", Predict(y15, 0.5), y15, Uniform(12, 1, 2));
        // A second round: weights produced by a previous AdaBoost update (two distinct values).
        var y16 = Labels(50);
        var w16 = y16.Select(_ => random.NextDouble() < 0.2 ? 1 / (2 * 0.2 * 50) * 5 : 1.0).ToArray();
        yield return H("16-weights-from-previous-round", Predict(y16, 0.15), y16, w16);
        var t = 17;
        double[] rates = { 0.05, 0.1, 0.2, 0.3, 0.45, 0.55, 0.7, 0.9 };
        foreach (var r in rates)
        {
            var n = 20 + random.Next(200);
            var y = Labels(n);
            yield return H($"{t++:00}-random-error-rate-{(int)(r * 100):00}", Predict(y, r), y, Uniform(n, 0.01, 10));
        }
        var yb = Labels(5000);
        yield return H($"{t++:00}-large-n", Predict(yb, 0.27), yb, Uniform(5000, 0.1, 1));
        var yc = Labels(3000);
        yield return H($"{t++:00}-large-n-uniform-weights", Predict(yc, 0.12), yc, Enumerable.Repeat(1.0 / 3000, 3000).ToArray());
        // Errors between delta and 1e-8 (not clipped): 1 - accuracy keeps only a few digits of them.
        foreach (var err in new[] { 3e-10, 2e-9, 7e-9 })
        {
            var n = 10 + random.Next(40);
            var y = Labels(n);
            var h = (int[])y.Clone();
            var w = Uniform(n, 0.3, 3);
            h[n / 2] = -h[n / 2];
            w[n / 2] = err * (w.Sum() - w[n / 2]) / (1 - err);
            yield return H($"{t++:00}-tiny-error-{err:0e0}", h, y, w);
        }
    }
}
