public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(27182);

        // Exact search (Int128 fractions of S = sum cL^2/nL + sum cR^2/nR); throws when some candidate is within
        // 2e-9 of the best weighted Gini without being exactly tied, so the answer never depends on rounding.
        bool Unambiguous(double[][] X, int[] y, int C)
        {
            int n = X.Length, d = X[0].Length;
            var cands = new List<(Int128 num, Int128 den)>();
            var total = new long[C];
            foreach (var c in y) total[c]++;
            for (var j = 0; j < d; j++)
            {
                var order = Enumerable.Range(0, n).OrderBy(i => X[i][j]).ToArray();
                var left = new long[C];
                var right = (long[])total.Clone();
                for (var k = 0; k < n - 1; k++)
                {
                    left[y[order[k]]]++; right[y[order[k]]]--;
                    if (X[order[k]][j] == X[order[k + 1]][j]) continue;
                    long nl = k + 1, nr = n - nl;
                    Int128 a = 0, b = 0;
                    for (var c = 0; c < C; c++) { a += (Int128)left[c] * left[c]; b += (Int128)right[c] * right[c]; }
                    cands.Add((a * nr + b * nl, (Int128)nl * nr));
                }
            }
            if (cands.Count == 0) return true;
            var best = cands[0];
            foreach (var c in cands) if (c.num * best.den > best.num * c.den) best = c;
            var bestValue = (double)best.num / (double)best.den / n;
            foreach (var c in cands)
            {
                var v = (double)c.num / (double)c.den / n;
                if (Math.Abs(v - bestValue) < 2e-9 && c.num * best.den != best.num * c.den) return false;
            }
            return true;
        }
        GeneratedTest Checked(GeneratedTest test, double[][] X, int[] y, int C)
        {
            if (!Unambiguous(X, y, C)) throw new InvalidOperationException("ambiguous optimum: " + test.Name);
            return test;
        }
        GeneratedTest H(string name, double[][] X, int[] y, int C) => Checked(GeneratedTest.Hidden(name, X, y, C), X, y, C);
        GeneratedTest S(string name, double[][] X, int[] y, int C) => Checked(GeneratedTest.Sample(name, X, y, C), X, y, C);

        // Labels depend on one or two features plus noise, so informative splits exist.
        (double[][], int[]) Data(int n, int d, int C, Func<double> value, double noise)
        {
            while (true)
            {
                var X = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => value()).ToArray()).ToArray();
                var f = random.Next(d);
                var cuts = Enumerable.Range(0, C - 1).Select(_ => value()).OrderBy(v => v).ToArray();
                var y = X.Select(r => random.NextDouble() < noise ? random.Next(C) : cuts.Count(t => r[f] > t)).ToArray();
                if (Unambiguous(X, y, C)) return (X, y);
            }
        }
        double[][] Rows(params double[][] rows) => rows;
        // How many thresholds of one sorted, distinct feature reach the smallest weighted Gini (exact integers).
        int OptimalThresholds(double[] sortedValues, int[] labelsInOrder)
        {
            var n = labelsInOrder.Length;
            var ones = labelsInOrder.Sum();
            var scores = Enumerable.Range(1, n - 1).Select(nl =>
            {
                long l1 = labelsInOrder.Take(nl).Sum(), l0 = nl - l1, r1 = ones - l1, r0 = n - nl - r1, nr = n - nl;
                return (Int128)(l0 * l0 + l1 * l1) * nr + (Int128)(r0 * r0 + r1 * r1) * nl;  // over nl * nr: larger is better
            }).ToArray();
            var dens = Enumerable.Range(1, n - 1).Select(nl => (Int128)nl * (n - nl)).ToArray();
            var best = 0;
            for (var k = 1; k < n - 1; k++) if (scores[k] * dens[best] > scores[best] * dens[k]) best = k;
            return Enumerable.Range(0, n - 1).Count(k => scores[k] * dens[best] == scores[best] * dens[k]);
        }

        yield return S("01-statement-example", Rows(new[] { 1.0, 0.5 }, new[] { 2.0, 0.5 }, new[] { 3.0, 3 }, new[] { 4.0, 2 }), new[] { 0, 1, 0, 1 }, 2);
        yield return S("02-one-feature", Rows(new[] { 5.0 }, new[] { 1.0 }, new[] { 3.0 }, new[] { 7.0 }, new[] { 9.0 }), new[] { 1, 0, 0, 1, 1 }, 2);

        yield return H("03-single-row", Rows(new[] { 1.0, 2, 3 }), new[] { 0 }, 2);
        yield return H("04-all-features-constant", Rows(new[] { 1.0, 4 }, new[] { 1.0, 4 }, new[] { 1.0, 4 }), new[] { 0, 1, 1 }, 2);
        yield return H("05-two-rows", Rows(new[] { 2.0 }, new[] { -2.0 }), new[] { 1, 0 }, 2);
        yield return H("06-pure-node-first-threshold", Rows(new[] { 3.0, 9 }, new[] { 3.0, 1 }, new[] { 3.0, 4 }, new[] { 3.0, 6 }), new[] { 2, 2, 2, 2 }, 3);
        {
            var (X, y) = Data(40, 1, 2, () => random.Next(100), 0.2);
            var dup = X.Select(r => new[] { r[0] * 2, r[0], r[0] * 2 }).ToArray();
            yield return H("07-duplicated-columns-tie", dup, y, 2);
        }
        yield return H("08-pure-split-in-last-feature", Rows(new[] { 1.0, 5, 10 }, new[] { 2.0, 4, 20 }, new[] { 3.0, 5, 30 }, new[] { 4.0, 4, 40 }, new[] { 5.0, 5, 50 }, new[] { 6.0, 4, 60 }), new[] { 0, 1, 0, 0, 1, 1 }, 2);
        // Symmetric labels: the best impurity is reached at several thresholds of feature 0.
        yield return H("09-ties-within-feature", Rows(new[] { 1.0 }, new[] { 2.0 }, new[] { 3.0 }, new[] { 4.0 }, new[] { 5.0 }, new[] { 6.0 }), new[] { 0, 1, 1, 0, 0, 1 }, 2);
        {
            var (X, y) = Data(60, 3, 2, () => random.Next(5), 0.35);
            yield return H("10-heavy-duplicates", X, y, 2);
        }
        {
            var (X, y) = Data(50, 3, 3, () => Math.Round(random.NextDouble() * 2 - 1, 3), 0.2);
            yield return H("11-negative-fractional-values", X, y, 3);
        }
        {
            var (X, y) = Data(200, 4, 8, () => random.Next(1000), 0.3);
            yield return H("12-eight-classes", X, y, 8);
        }
        {
            // A single outlier sample of class 1 at the edge: unweighted averaging loves isolating it.
            var X = Enumerable.Range(0, 30).Select(i => new[] { (double)i, random.Next(10) }).ToArray();
            var y = X.Select(r => r[0] < 12 ? (r[0] == 0 ? 1 : 0) : 1).ToArray();
            yield return H("13-edge-outlier", X, y, 2);
        }
        {
            var (X, y) = Data(40, 2, 2, () => random.Next(50), 0.2);
            yield return H("14-unused-classes", X, y.Select(c => c * 3).ToArray(), 5);
        }
        {
            var (X, y) = Data(40, 2, 2, () => 1e9 + random.Next(100) * 1e6, 0.2);
            yield return H("15-large-magnitudes", X, y, 2);
        }
        for (var t = 0; t < 6; t++)
        {
            var levels = t % 2 == 0 ? 10000 : 20;
            var (X, y) = Data(50 + 90 * t, 2 + t % 5, 2 + t % 3, () => random.Next(levels), 0.15 + 0.05 * t);
            yield return H($"{16 + t:00}-random-{t}", X, y, 2 + t % 3);
        }
        {
            // Tall single feature, (almost) all distinct values: O(n^2) rescans do ~1e9 steps.
            var (X, y) = Data(32000, 1, 2, () => random.Next(100000), 0.3);
            yield return H("22-large-distinct-single-feature", X, y, 2);
        }
        {
            var (X, y) = Data(12000, 2, 3, () => random.Next(100000), 0.3);
            yield return H("23-large-two-features", X, y, 3);
        }
        {
            var (X, y) = Data(20000, 1, 2, () => random.Next(200), 0.4);
            yield return H("24-large-coarse-values", X, y, 2);
        }
        {
            // Every row identical except feature 1, which takes two values: exactly one candidate overall.
            var X = Enumerable.Range(0, 25).Select(i => new[] { 7.0, i % 3 == 0 ? 1.0 : 2.0, -4.0 }).ToArray();
            yield return H("25-single-candidate", X, Enumerable.Range(0, 25).Select(i => i % 2).ToArray(), 2);
        }
        {
            var X = Enumerable.Range(0, 120).Select(_ => Enumerable.Range(0, 5).Select(_ => (double)random.Next(1000)).ToArray()).ToArray();
            var y = X.Select(r => r[3] > 400 ? 1 : 0).ToArray();
            yield return H("26-separable-by-later-feature", X, y, 2);
        }
        // Mirror-image labels along one feature: the split after k rows and the split before the last k rows
        // have the same weighted Gini, so the optimum is an exact tie between a small and a large threshold
        // (regenerated until the optimum is not the single middle split). The second feature is the first one
        // mirrored, so it ties too: feature 0 and its smallest optimal threshold must win.
        for (var t = 0; t < 4; t++)
        {
            while (true)
            {
                var n = 10 + 2 * t;
                var half = Enumerable.Range(0, n / 2).Select(_ => random.Next(2)).ToArray();
                var labelsInOrder = half.Concat(half.Reverse()).ToArray();
                var values = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 100, 2)).Distinct().Order().ToArray();
                if (values.Length < n) continue;
                var rows = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray();
                var X = rows.Select(i => new[] { values[i], Math.Round(100 - values[i], 2) }).ToArray();
                var y = rows.Select(i => labelsInOrder[i]).ToArray();
                if (OptimalThresholds(values, labelsInOrder) < 2 || !Unambiguous(X, y, 2)) continue;
                yield return H($"{27 + t}-mirrored-labels-tie-{t}", X, y, 2);
                break;
            }
        }
    }
}
