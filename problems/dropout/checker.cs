public sealed class DropoutChecker : ICustomChecker
{
    public CheckResult Check(JsonObject args, JsonNode? expected, JsonNode? got)
    {
        var x = args["x"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
        var p = args["p"]!.GetValue<double>();
        var training = args["training"]!.GetValue<bool>();
        if (got is not JsonArray array) return CheckResult.Fail("the result must be an array");
        if (array.Count != x.Length) return CheckResult.Fail("the result must have the input's length", $"expected length {x.Length}, got {array.Count}");
        var y = new double[array.Count];
        for (var i = 0; i < y.Length; i++)
        {
            if (array[i] is not JsonValue value || !value.TryGetValue<double>(out y[i]))
                return CheckResult.Fail($"element [{i}] is not a finite number");
        }
        if (!training)
        {
            for (var i = 0; i < x.Length; i++)
                if (y[i] != x[i]) return CheckResult.Fail($"evaluation mode must return x unchanged; element [{i}] differs", $"element [{i}]: expected {x[i]}, got {y[i]}");
            return CheckResult.Pass();
        }
        int candidates = 0, dropped = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var kept = x[i] / (1 - p);
            var isDropped = y[i] == 0;
            var isKept = Math.Abs(y[i] - kept) <= 1e-9 * Math.Abs(kept);
            if (!isDropped && !isKept)
                return CheckResult.Fail($"element [{i}] is neither 0 nor x/(1-p)", $"element [{i}]: x = {x[i]}, p = {p}, got {y[i]}, a kept value would be {kept}");
            if (x[i] == 0) continue;
            candidates++;
            if (isDropped) dropped++;
        }
        var mean = candidates * p;
        var bound = 5 * Math.Sqrt(candidates * p * (1 - p)) + 1;
        return Math.Abs(dropped - mean) <= bound
            ? CheckResult.Pass()
            : CheckResult.Fail("the fraction of dropped elements is far from p",
                $"dropped {dropped} of {candidates} non-zero inputs; with p = {p} expected {mean:0.#} ± {bound:0.#}");
    }
}
