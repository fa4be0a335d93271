// Recomputes the primal objective J(w, b) = lambda/2 ||w||^2 + 1/n sum_i max(0, 1 - y_i (w.x_i + b)) for the
// submission and for the reference's answer (the file's "expected"), and passes when
// J(got) <= J(expected) + 1e-6 * max(1, J(expected)). Coordinates are not compared: the minimizer is not
// always unique (the bias in particular) and any exact optimizer is accepted.
public sealed class LinearSvmChecker : ICustomChecker
{
    private const double Rtol = 1e-6;

    public CheckResult Check(JsonObject args, JsonNode? expected, JsonNode? got)
    {
        var x = args["x"]!.AsArray().Select(r => r!.AsArray().Select(v => v!.GetValue<double>()).ToArray()).ToArray();
        var y = args["y"]!.AsArray().Select(v => v!.GetValue<int>()).ToArray();
        var lambda = args["lambda"]!.GetValue<double>();
        var d = x[0].Length;
        var reference = expected!.AsArray().Select(v => v!.GetValue<double>()).ToArray();

        if (got is not JsonArray array) return CheckResult.Fail("the result must be an array [w_0, ..., w_{d-1}, b]");
        if (array.Count != d + 1)
            return CheckResult.Fail("the result must have length d + 1 (the weights, then the bias)", $"the result must have length d + 1 = {d + 1} (the weights, then the bias), got {array.Count}");
        var wb = new double[d + 1];
        for (var i = 0; i <= d; i++)
        {
            if (array[i] is not JsonValue value || !value.TryGetValue<double>(out wb[i]) || !double.IsFinite(wb[i]))
                return CheckResult.Fail($"element [{i}] is not a finite number", $"element [{i}] is not a finite number: got {array[i]?.ToJsonString() ?? "null"}");
        }

        var mine = Objective(x, y, lambda, wb);
        var best = Objective(x, y, lambda, reference);
        if (!double.IsFinite(mine)) return CheckResult.Fail("the objective of the result is not finite (weights too large)");
        var scale = Math.Max(1, best);
        var gap = (mine - best) / scale;
        if (gap <= Rtol) return CheckResult.Pass();
        // Only the order of magnitude of the gap is shown for hidden tests. The optimum is at most J(0, 0) = 1,
        // so the scale is 1 and the tolerance is absolute (the statement says so).
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(gap)));
        return CheckResult.Fail($"the objective is not minimal: it is above the optimum by {magnitude:0.#e+0} or more (tolerance {Rtol:0e+0} times max(1, optimum), which is 1)",
            $"the objective is not minimal: J(yours) = {mine:R}, J(optimum) = {best:R}, gap {mine - best:G4} > tolerance {Rtol * scale:G3}; " +
            $"one optimal answer is [{string.Join(", ", reference.Select(v => v.ToString("G10")))}]");
    }

    private static double Objective(double[][] x, int[] y, double lambda, double[] wb)
    {
        int n = x.Length, d = x[0].Length;
        var ww = 0.0;
        for (var t = 0; t < d; t++) ww += wb[t] * wb[t];
        var hinge = 0.0;
        for (var i = 0; i < n; i++)
        {
            var s = wb[d];
            for (var t = 0; t < d; t++) s += wb[t] * x[i][t];
            hinge += Math.Max(0, 1 - y[i] * s);
        }
        return 0.5 * lambda * ww + hinge / n;
    }
}
