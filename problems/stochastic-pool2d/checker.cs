public sealed class StochasticPoolChecker : ICustomChecker
{
    // ln(2 / delta) with delta = 1e-9: a correct sampler fails each statistical bound with probability < 1e-9.
    private static readonly double L = Math.Log(2 / 1e-9);

    public CheckResult Check(JsonObject args, JsonNode? expected, JsonNode? got)
    {
        var x = args["x"]!.AsArray().Select(row => row!.AsArray().Select(v => v!.GetValue<double>()).ToArray()).ToArray();
        var k = args["kernel"]!.GetValue<int>();
        var s = args["stride"]!.GetValue<int>();
        var training = args["training"]!.GetValue<bool>();
        int h = x.Length, w = x[0].Length;
        int ho = (h - k) / s + 1, wo = (w - k) / s + 1;

        if (got is not JsonArray rows) return CheckResult.Fail("the result must be a 2-D array");
        if (rows.Count != ho) return CheckResult.Fail("the result has the wrong number of rows", $"expected {ho} rows, got {rows.Count}");
        var y = new double[ho][];
        for (var i = 0; i < ho; i++)
        {
            if (rows[i] is not JsonArray row) return CheckResult.Fail($"row [{i}] is not an array");
            if (row.Count != wo) return CheckResult.Fail($"row [{i}] has the wrong length", $"expected {wo} columns, got {row.Count}");
            y[i] = new double[wo];
            for (var j = 0; j < wo; j++)
                if (row[j] is not JsonValue value || !value.TryGetValue<double>(out y[i][j]) || !double.IsFinite(y[i][j]))
                    return CheckResult.Fail($"element [{i}][{j}] is not a finite number");
        }

        double hitsMax = 0, expectedHits = 0, varHits = 0;      // statistic 1: picked the window maximum
        double ratioSum = 0, expectedRatio = 0, varRatio = 0;   // statistic 2: picked value / window maximum
        var windows = 0;
        var values = new List<double>(k * k);
        for (var i = 0; i < ho; i++)
        for (var j = 0; j < wo; j++)
        {
            values.Clear();
            for (var r = 0; r < k; r++)
            for (var c = 0; c < k; c++)
            {
                var a = x[i * s + r][j * s + c];
                if (a > 0) values.Add(a);
            }
            var g = y[i][j];
            if (values.Count == 0)
            {
                if (g != 0) return CheckResult.Fail($"element [{i}][{j}] is not a valid output for its window", $"element [{i}][{j}]: its window is all zeros, so it must be 0; got {g}");
                continue;
            }
            double sum = 0, sum2 = 0, sum3 = 0, max = 0;
            foreach (var a in values) { sum += a; sum2 += a * a; sum3 += a * a * a; max = Math.Max(max, a); }
            var exact = sum2 / sum;
            if (!training)
            {
                if (Math.Abs(g - exact) > 1e-9 * exact)
                    return CheckResult.Fail($"inference output [{i}][{j}] is not the probability-weighted average of its window",
                        $"element [{i}][{j}]: expected {exact}, got {g}");
                continue;
            }
            var picked = double.NaN;
            foreach (var a in values)
                if (Math.Abs(g - a) <= 1e-12 * a) { picked = a; break; }
            if (double.IsNaN(picked))
                return CheckResult.Fail($"training output [{i}][{j}] is not a positive activation of its window",
                    $"element [{i}][{j}]: got {g}, window positive values: [{string.Join(", ", values)}]");
            windows++;
            var pMax = values.Where(a => a == max).Sum() / sum;
            expectedHits += pMax;
            varHits += pMax * (1 - pMax);
            if (picked == max) hitsMax++;
            var mean = sum2 / (sum * max);
            var meanSquare = sum3 / (sum * max * max);
            expectedRatio += mean;
            varRatio += Math.Max(0, meanSquare - mean * mean);
            ratioSum += picked / max;
        }
        if (!training) return CheckResult.Pass();

        var boundHits = Bound(varHits);
        if (Math.Abs(hitsMax - expectedHits) > boundHits)
            return CheckResult.Fail(hitsMax > expectedHits
                    ? "the window maximum is picked far more often than its probability a / sum(a) allows"
                    : "the window maximum is picked far less often than its probability a / sum(a) allows",
                $"maximum picked in {hitsMax} of {windows} random windows; expected {expectedHits:0.#} ± {boundHits:0.#}");
        var boundRatio = Bound(varRatio);
        if (Math.Abs(ratioSum - expectedRatio) > boundRatio)
            return CheckResult.Fail(ratioSum > expectedRatio
                    ? "large activations are picked far more often than their probabilities allow"
                    : "small activations are picked far more often than their probabilities allow",
                $"sum of picked/max over {windows} windows: {ratioSum:0.###}; expected {expectedRatio:0.###} ± {boundRatio:0.###}");
        return CheckResult.Pass();
    }

    // Bernstein's inequality for a sum of independent terms in [0, 1] with total variance v:
    // P(|S - E S| >= t) <= 2 exp(-t^2 / (2 (v + t / 3))), solved for the t that makes the right side 1e-9.
    private static double Bound(double v) => L / 3 + Math.Sqrt(L * L / 9 + 2 * L * v);
}
