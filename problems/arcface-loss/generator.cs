public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(4919);
        double Gauss() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        double[] Vec(int d, double norm) { var v = Enumerable.Range(0, d).Select(_ => Gauss()).ToArray(); var n = Math.Sqrt(v.Sum(t => t * t)); return v.Select(t => Math.Round(t / n * norm, 6)).ToArray(); }
        double Norm() => Math.Exp((random.NextDouble() * 2 - 1) * 2);   // norms between e^-2 and e^2
        double[][] Vecs(int n, int d) => Enumerable.Range(0, n).Select(_ => Vec(d, Norm())).ToArray();
        int[] Labels(int n, int k) => Enumerable.Range(0, n).Select(_ => random.Next(k)).ToArray();
        double Cos(double[] a, double[] b) => a.Zip(b, (p, q) => p * q).Sum() / Math.Sqrt(a.Sum(t => t * t) * b.Sum(t => t * t));
        // Keep every target cosine well away from the branch point cos(pi - m), where the target logit jumps.
        bool Safe(double[][] x, double[][] w, int[] y, double m) => x.Select((e, i) => Math.Abs(Cos(e, w[y[i]]) - Math.Cos(Math.PI - m))).All(g => g > 1e-4);
        // Embedding pointing roughly at (sign = +1) or away from (sign = -1) its class vector.
        double[] Near(double[] w, double sign, double noise, double norm)
        {
            var n = Math.Sqrt(w.Sum(t => t * t));
            var v = w.Select(t => sign * t / n + noise * Gauss() / Math.Sqrt(w.Length)).ToArray();
            var vn = Math.Sqrt(v.Sum(t => t * t));
            return v.Select(t => Math.Round(t / vn * norm, 6)).ToArray();
        }
        GeneratedTest H(string name, double[][] x, double[][] w, int[] y, double s, double m)
        {
            if (!Safe(x, w, y, m)) throw new InvalidOperationException(name + ": a target cosine is too close to cos(pi - m)");
            return GeneratedTest.Hidden(name, x, w, y, s, m);
        }
        IEnumerable<GeneratedTest> Random(string name, int n, int d, int k, double s, double m)
        {
            while (true)
            {
                var x = Vecs(n, d); var w = Vecs(k, d); var y = Labels(n, k);
                if (Safe(x, w, y, m)) { yield return GeneratedTest.Hidden(name, x, w, y, s, m); yield break; }
            }
        }

        yield return GeneratedTest.Sample("01-example", new[] { new[] { 2.0, 0 } }, new[] { new[] { 1.0, 0 }, new[] { 0.0, 3 } }, new[] { 0 }, 2.0, 0.5);
        yield return GeneratedTest.Sample("02-two-examples", new[] { new[] { 3.0, 4 }, new[] { -1.0, 0 } }, new[] { new[] { 1.0, 0 }, new[] { 0.0, 1 }, new[] { -1.0, -1 } }, new[] { 1, 2 }, 4.0, 0.3);

        // Edge cases.
        var axes = new[] { new[] { 5.0, 0, 0 }, new[] { 0.0, 0.5, 0 }, new[] { 0.0, 0, 2 } };
        yield return H("03-exactly-aligned-axes", new[] { new[] { 0.25, 0, 0 }, new[] { 0.0, 7, 0 }, new[] { 0.0, 0, 3 } }, axes, new[] { 0, 1, 2 }, 16, 0.5);
        yield return H("04-exactly-opposite", new[] { new[] { -2.0, 0, 0 }, new[] { 0.0, -1, 0 } }, axes, new[] { 0, 1 }, 8, 0.5);
        yield return H("05-orthogonal-target", new[] { new[] { 0.0, 3, 0 }, new[] { 1.0, 0, 0 } }, axes, new[] { 0, 2 }, 10, 0.4);
        yield return H("06-single-class", Vecs(4, 5), Vecs(1, 5), new[] { 0, 0, 0, 0 }, 30, 0.5);
        var w7 = Vecs(5, 6);
        yield return H("07-margin-zero", Vecs(6, 6), w7, Labels(6, 5), 20, 0.0);
        yield return H("08-single-example", Vecs(1, 4), Vecs(3, 4), new[] { 1 }, 5, 0.2);
        var w9 = Vecs(4, 8);
        var y9 = Labels(8, 4);
        yield return H("09-unnormalized-norms", y9.Select((c, i) => Near(w9[c], 1, 1.0, Math.Pow(10, i % 4 * 2 - 3))).ToArray(), w9.Select((v, i) => v.Select(t => t * Math.Pow(10, i - 1)).ToArray()).ToArray(), y9, 16, 0.5);

        // The fallback branch: target angle beyond pi - m.
        var w10 = Vecs(4, 6);
        var y10 = Labels(6, 4);
        yield return H("10-targets-behind-threshold", y10.Select(c => Near(w10[c], -1, 0.3, Norm())).ToArray(), w10, y10, 16, 0.5);
        var w11 = Vecs(5, 6);
        var y11 = Labels(10, 5);
        yield return H("11-mixed-branches", y11.Select((c, i) => Near(w11[c], i % 2 == 0 ? -1 : 1, 0.4, Norm())).ToArray(), w11, y11, 32, 0.5);
        var w12 = Vecs(4, 6);
        var y12 = Labels(8, 4);
        yield return H("12-large-margin-mixed", y12.Select((c, i) => Near(w12[c], i % 2 == 0 ? -1 : 1, 1.0, Norm())).ToArray(), w12, y12, 16, 1.0);

        // Numerics: huge scale (naive exp overflows), tiny scale, near-duplicates (cosine rounds past 1).
        var w13 = Vecs(6, 8);
        var y13 = Labels(8, 6);
        yield return H("13-scale-1000", y13.Select((c, i) => Near(w13[c], i % 3 == 0 ? -1 : 1, i % 3 == 1 ? 0.05 : 1.5, Norm())).ToArray(), w13, y13, 1000, 0.5);
        yield return H("14-scale-800-random", Vecs(10, 16), Vecs(8, 16), Labels(10, 8), 800, 0.35);
        foreach (var t in Random("15-tiny-scale", 8, 8, 5, 0.01, 0.5)) yield return t;
        var w16 = Vecs(6, 12);
        var y16 = Labels(12, 6);
        yield return H("16-embeddings-equal-class-vectors", y16.Select(c => w16[c].Select(t => t * 3).ToArray()).ToArray(), w16, y16, 30, 0.5);
        var w17 = Vecs(5, 10);
        var y17 = Labels(10, 5);
        yield return H("17-nearly-aligned", y17.Select(c => Near(w17[c], 1, 0.05, Norm())).ToArray(), w17, y17, 64, 0.5);

        // Random cases.
        for (var i = 0; i < 8; i++)
        {
            int n = 1 + random.Next(20), d = 2 + random.Next(15), k = 2 + random.Next(10);
            var s = new[] { 8.0, 16, 30, 64 }[random.Next(4)];
            var m = Math.Round(0.1 + 0.6 * random.NextDouble(), 2);
            foreach (var t in Random($"{18 + i:00}-random-{i}", n, d, k, s, m)) yield return t;
        }
        foreach (var t in Random("26-many-classes", 20, 16, 200, 64, 0.5)) yield return t;
        var w27 = Vecs(50, 32);
        var y27 = Labels(400, 50);
        yield return H("27-large-batch-trained-like", y27.Select((c, i) => Near(w27[c], 1, 0.8, Norm())).ToArray(), w27, y27, 64, 0.5);

        // Large scales with some logit above ~709, where exp overflows without the max shift: embeddings near
        // their class vector (target logit), near another class's vector (non-target logit), and a mix.
        var w28 = Vecs(5, 8);
        var y28 = Labels(6, 5);
        yield return H("28-scale-1000-aligned-targets", y28.Select(c => Near(w28[c], 1, 0.1, Norm())).ToArray(), w28, y28, 1000, 0.2);
        var w29 = Vecs(4, 6);
        var y29 = Labels(5, 4);
        yield return H("29-scale-900-aligned-non-targets", y29.Select(c => Near(w29[(c + 1) % 4], 1, 0.1, Norm())).ToArray(), w29, y29, 900, 0.5);
        var w30 = Vecs(6, 10);
        var y30 = Labels(8, 6);
        yield return H("30-scale-750-mixed", y30.Select((c, i) => Near(w30[i % 2 == 0 ? c : (c + 2) % 6], 1, 0.15, Norm())).ToArray(), w30, y30, 750, 0.3);
    }
}
