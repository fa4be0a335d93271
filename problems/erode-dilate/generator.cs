public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(70707);
        double[][] Gray(int h, int w, int levels = 256) => Enumerable.Range(0, h).Select(_ => Enumerable.Range(0, w).Select(_ => (double)random.Next(levels)).ToArray()).ToArray();
        double[][] Binary(int h, int w, double p) => Enumerable.Range(0, h).Select(_ => Enumerable.Range(0, w).Select(_ => random.NextDouble() < p ? 1.0 : 0.0).ToArray()).ToArray();
        double[][] Real(int h, int w, double lo, double hi) => Enumerable.Range(0, h).Select(_ => Enumerable.Range(0, w).Select(_ => Math.Round(lo + random.NextDouble() * (hi - lo), 3)).ToArray()).ToArray();
        int[][] Rect(int kh, int kw) => Enumerable.Range(0, kh).Select(_ => Enumerable.Repeat(1, kw).ToArray()).ToArray();
        int[][] Cross(int kh, int kw) => Enumerable.Range(0, kh).Select(i => Enumerable.Range(0, kw).Select(j => i == kh / 2 || j == kw / 2 ? 1 : 0).ToArray()).ToArray();
        int[][] RandomKernel(int kh, int kw, double p)
        {
            var k = Enumerable.Range(0, kh).Select(_ => Enumerable.Range(0, kw).Select(_ => random.NextDouble() < p ? 1 : 0).ToArray()).ToArray();
            k[kh / 2][kw / 2] = 1;
            return k;
        }
        GeneratedTest H(string name, double[][] image, int[][] kernel, string mode) => GeneratedTest.Hidden(name, image, kernel, mode);

        yield return GeneratedTest.Sample("01-statement-example",
            new[] { new[] { 0.0, 1, 1, 1, 0 }, new[] { 1.0, 1, 1, 1, 1 }, new[] { 1.0, 1, 1, 1, 1 }, new[] { 0.0, 1, 1, 1, 0 } },
            Cross(3, 3), "erode");
        yield return GeneratedTest.Sample("02-gray-dilate",
            new[] { new[] { 5.0, 1, 3 }, new[] { 2.0, 8, 0 } }, Rect(1, 3), "dilate");

        yield return H("03-empty-image", Array.Empty<double[]>(), Rect(3, 3), "erode");
        yield return H("04-single-pixel-erode", new[] { new[] { 7.0 } }, Rect(3, 3), "erode");
        yield return H("05-single-pixel-dilate", new[] { new[] { -2.5 } }, Cross(5, 5), "dilate");
        yield return H("06-kernel-1x1-identity", Gray(6, 7), new[] { new[] { 1 } }, "dilate");
        yield return H("07-single-row-erode", Gray(1, 12), Rect(1, 3), "erode");
        yield return H("08-single-column-dilate", Gray(11, 1), Rect(5, 1), "dilate");
        yield return H("09-kernel-larger-than-image", Gray(3, 4), Rect(7, 9), "erode");
        yield return H("10-binary-erode-square", Binary(12, 14, 0.8), Rect(3, 3), "erode");
        yield return H("11-binary-dilate-cross", Binary(12, 14, 0.1), Cross(3, 3), "dilate");
        yield return H("12-negative-values-dilate", Real(8, 9, -100, -1), Rect(3, 3), "dilate");
        yield return H("13-positive-values-erode-border", Real(8, 9, 1, 100), Cross(5, 5), "erode");
        var lShape = new[] { new[] { 1, 0, 0 }, new[] { 1, 1, 0 }, new[] { 0, 0, 0 } };
        yield return H("14-asymmetric-kernel-dilate", Gray(9, 10), lShape, "dilate");
        yield return H("15-asymmetric-kernel-erode", Gray(9, 10), lShape, "erode");
        var shiftKernel = new[] { new[] { 0, 0, 0, 0, 0 }, new[] { 0, 0, 1, 1, 1 }, new[] { 0, 0, 0, 0, 0 } };
        yield return H("16-one-sided-kernel-dilate", Gray(7, 12), shiftKernel, "dilate");
        yield return H("17-constant-image", Enumerable.Range(0, 6).Select(_ => Enumerable.Repeat(42.0, 8).ToArray()).ToArray(), Rect(3, 5), "erode");
        var spots = Enumerable.Range(0, 15).Select(_ => new double[15]).ToArray();
        spots[0][0] = 1; spots[7][7] = 1; spots[14][3] = 1; spots[2][13] = 1;
        yield return H("18-isolated-spots-dilate", spots, Cross(5, 5), "dilate");
        var holes = Enumerable.Range(0, 15).Select(_ => Enumerable.Repeat(1.0, 15).ToArray()).ToArray();
        holes[4][4] = 0; holes[10][11] = 0; holes[14][14] = 0;
        yield return H("19-holes-erode", holes, Rect(3, 3), "erode");
        yield return H("20-binary-open-like-erode", Binary(20, 20, 0.6), Rect(5, 5), "erode");
        for (var t = 0; t < 6; t++)
        {
            int h = 10 + 7 * t, w = 25 - 2 * t, kh = 1 + 2 * random.Next(4), kw = 1 + 2 * random.Next(4);
            yield return H($"{21 + t:00}-random-kernel-{(t % 2 == 0 ? "erode" : "dilate")}-{t}", Gray(h, w), RandomKernel(kh, kw, 0.5), t % 2 == 0 ? "erode" : "dilate");
        }
        yield return H("27-rect-3x5-erode", Gray(30, 30), Rect(3, 5), "erode");
        yield return H("28-cross-7x7-dilate", Gray(30, 30), Cross(7, 7), "dilate");
        yield return H("29-real-valued-erode", Real(40, 35, -10, 10), RandomKernel(5, 5, 0.6), "erode");
        yield return H("30-large-erode", Gray(150, 150), Rect(7, 7), "erode");
        yield return H("31-large-dilate", Gray(120, 160), Cross(9, 9), "dilate");
        // Asymmetric elements in dilate mode: the one place where reflecting the element (the textbook
        // dilation) differs from the unreflected neighbourhood this task fixes.
        var halfDiagonal = new[] { new[] { 1, 0, 0 }, new[] { 0, 1, 0 }, new[] { 0, 0, 0 } };
        yield return H("32-half-diagonal-kernel-dilate", Gray(10, 11), halfDiagonal, "dilate");
        var corner = new[] { new[] { 0, 0, 0, 0, 0 }, new[] { 0, 0, 0, 0, 0 }, new[] { 0, 0, 1, 0, 0 }, new[] { 0, 0, 0, 1, 1 }, new[] { 0, 0, 0, 1, 1 } };
        yield return H("33-corner-kernel-dilate", Real(12, 9, -50, 50), corner, "dilate");
        var rightOnly = new[] { new[] { 0, 0, 0, 1, 1 } };
        yield return H("34-right-only-kernel-dilate-row", Gray(3, 15), rightOnly, "dilate");
        for (var t = 0; t < 3; t++)
            yield return H($"{35 + t}-random-asymmetric-dilate-{t}", Gray(14 + t, 13), RandomKernel(3 + 2 * t, 5, 0.4), "dilate");
    }
}
