public static class Generator
{
    public static IEnumerable<GeneratedTest> Generate()
    {
        var random = new Random(5150);
        double Z(long xa, long na, long xb, long nb)
        {
            double x = xa + xb, n = na + nb;
            return ((double)xb * na - (double)xa * nb) * Math.Sqrt(n) / Math.Sqrt((double)na * nb * x * (n - x));
        }
        // Smallest xB >= xA (same trial count n) whose z reaches target.
        long ForZ(long n, long xa, double target)
        {
            long lo = xa, hi = n - 1;
            while (lo < hi)
            {
                var mid = lo + (hi - lo) / 2;
                if (Z(xa, n, mid, n) >= target) hi = mid; else lo = mid + 1;
            }
            return lo;
        }
        GeneratedTest H(string name, long xa, long na, long xb, long nb, string alt) => GeneratedTest.Hidden(name, xa, na, xb, nb, alt);

        yield return GeneratedTest.Sample("01-statement-example", 200L, 1000L, 250L, 1000L, "two-sided");
        yield return GeneratedTest.Sample("02-one-sided-greater", 200L, 1000L, 250L, 1000L, "greater");

        yield return H("03-no-conversions", 0, 500, 0, 700, "two-sided");
        yield return H("04-all-converted", 40, 40, 25, 25, "greater");
        yield return H("05-equal-rates-two-sided", 30, 90, 10, 30, "two-sided");
        yield return H("06-equal-rates-greater", 1, 3, 2, 6, "greater");
        yield return H("07-one-trial-each", 1, 1, 0, 1, "two-sided");
        yield return H("08-small-counts-less", 3, 12, 1, 15, "less");
        yield return H("09-b-worse-greater", 120, 1000, 95, 1000, "greater");
        yield return H("10-b-worse-less", 120, 1000, 95, 1000, "less");
        yield return H("11-b-better-less", 48, 400, 71, 410, "less");
        yield return H("12-borderline-two-sided", 500, 5000, 561, 5000, "two-sided");
        yield return H("13-unequal-sizes", 37, 250, 1840, 10000, "two-sided");
        yield return H("14-rare-events", 3, 1000000, 19, 1200000, "greater");
        yield return H("15-huge-trials", 300000000, 1000000000, 300050000, 1000000000, "two-sided");
        yield return H("16-huge-trials-less", 52000000, 999999937, 51987000, 999999929, "less");
        var n = 1000000L;
        var xa = 100000L;
        yield return H("17-p-near-1e-20-two-sided", xa, n, ForZ(n, xa, 9.26), n, "two-sided");
        yield return H("18-p-near-1e-20-greater", xa, n, ForZ(n, xa, 9.20), n, "greater");
        yield return H("19-p-near-1e-20-less", ForZ(n, xa, 9.30), n, xa, n, "less");
        yield return H("20-p-near-1e-50", xa, n, ForZ(n, xa, 14.9), n, "two-sided");
        yield return H("21-p-near-1e-100", xa, n, ForZ(n, xa, 21.3), n, "two-sided");
        yield return H("22-p-near-1e-200", ForZ(n, xa, 30.2), n, xa, n, "two-sided");
        yield return H("23-p-near-1e-290", xa, n, ForZ(n, xa, 36.4), n, "greater");
        yield return H("24-p-underflows", 20000, 200000, 35000, 200000, "two-sided");
        yield return H("25-huge-z-wrong-direction", 20000, 200000, 35000, 200000, "less");
        var alternatives = new[] { "two-sided", "greater", "less" };
        for (var i = 0; i < 9; i++)
        {
            var na = (long)Math.Round(Math.Pow(10, 2 + random.NextDouble() * 5));
            var nb = (long)Math.Round(na * (0.5 + random.NextDouble()));
            var pa = 0.02 + 0.9 * random.NextDouble();
            var lift = (random.NextDouble() - 0.4) * 6 * Math.Sqrt(pa * (1 - pa) / na);
            var pb = Math.Clamp(pa + lift, 0.001, 0.999);
            var ca = (long)Math.Round(pa * na);
            var cb = (long)Math.Round(pb * nb);
            yield return H($"{26 + i:00}-random-{i}", ca, na, cb, nb, alternatives[i % 3]);
        }
        for (var i = 0; i < 3; i++)
        {
            var m = 2000000L * (i + 1);
            var ca = (long)(m * (0.05 + 0.1 * i));
            var z = 11 + 8 * i;
            var cb = ForZ(m, ca, z + random.NextDouble());
            // For "less" the large effect must favour A (z < 0), or p is 1 rather than tiny: swap the groups.
            yield return alternatives[i] == "less"
                ? H($"{35 + i:00}-random-tiny-p-{i}", cb, m, ca, m, alternatives[i])
                : H($"{35 + i:00}-random-tiny-p-{i}", ca, m, cb, m, alternatives[i]);
        }
    }
}
