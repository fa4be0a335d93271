using System.Numerics;

// Runs the returned network on all 2^n inputs. Every pre-activation is computed exactly: each double is
// m * 2^e, so scaling by 2^1074 turns it into an integer and sums of them into exact BigInteger sums
// (the order of summation cannot matter). A neuron fires when z > 0; every z must be at least 1e-6 away
// from 0. Messages never mention the truth table or which input failed; Detail (samples only) does.
public sealed class LogicNetworkChecker : ICustomChecker
{
    private const double MaxWeight = 1e6;
    private const double Margin = 1e-6;
    private static readonly BigInteger MarginScaled = Exact(Margin);

    public CheckResult Check(JsonObject args, JsonNode? expected, JsonNode? got)
    {
        var n = args["n"]!.GetValue<int>();
        var table = args["truthTable"]!.AsArray().Select(v => v!.GetValue<int>()).ToArray();
        var inputs = 1 << n;

        if (got is not JsonArray rows) return Fail("the result must be an array of rows (hidden neurons, then the output neuron)");
        if (rows.Count < 2)
            return Fail("the network needs at least one hidden neuron (H >= 1) followed by the output row",
                $"got {rows.Count} row(s), so H = {Math.Max(rows.Count - 1, 0)}");
        var h = rows.Count - 1;
        if (h > inputs)
            return Fail("too many hidden neurons: H must be at most 2^n", $"H = {h}, 2^n = {inputs}");

        var weights = new BigInteger[rows.Count][];
        for (var i = 0; i < rows.Count; i++)
        {
            var isOutput = i == h;
            var name = isOutput ? $"the output row [{i}]" : $"hidden row [{i}]";
            if (rows[i] is not JsonArray row) return Fail($"{name} is not an array", $"got {rows[i]?.ToJsonString() ?? "null"}");
            var length = isOutput ? h + 1 : n + 1;
            if (row.Count != length)
                return Fail(isOutput
                        ? $"{name} must have H + 1 entries (one weight per hidden neuron, then the bias)"
                        : $"{name} must have n + 1 entries (one weight per input, then the bias)",
                    $"expected {length} entries, got {row.Count}");
            weights[i] = new BigInteger[length];
            for (var j = 0; j < length; j++)
            {
                if (row[j] is not JsonValue value || !value.TryGetValue<double>(out var w) || !double.IsFinite(w))
                    return Fail($"element [{i}][{j}] is not a finite number", $"got {row[j]?.ToJsonString() ?? "null"}");
                if (Math.Abs(w) > MaxWeight)
                    return Fail($"element [{i}][{j}] exceeds 1e6 in absolute value", $"got {w:R}");
                weights[i][j] = Exact(w);
            }
        }

        string? wrong = null, tooClose = null;
        var wrongCount = 0;
        var hidden = new bool[h];
        for (var k = 0; k < inputs; k++)
        {
            string? closeHere = null;
            for (var i = 0; i < h; i++)
            {
                var z = weights[i][n];
                for (var j = 0; j < n; j++)
                    if ((k >> j & 1) == 1) z += weights[i][j];
                hidden[i] = z.Sign > 0;
                if (BigInteger.Abs(z) < MarginScaled)
                    closeHere ??= $"hidden neuron [{i}] has z = {ToDouble(z):G6} on input {Describe(k, n)}";
            }
            var zOut = weights[h][h];
            for (var i = 0; i < h; i++)
                if (hidden[i]) zOut += weights[h][i];
            if (BigInteger.Abs(zOut) < MarginScaled)
                closeHere ??= $"the output neuron has z = {ToDouble(zOut):G6} on input {Describe(k, n)}";
            tooClose ??= closeHere;
            var y = zOut.Sign > 0 ? 1 : 0;
            if (y != table[k])
            {
                wrongCount++;
                wrong ??= $"on input {Describe(k, n)} (truth-table index {k}) the network outputs {y}, the table says {table[k]}"
                    + (closeHere is null ? "" : $"; note: {closeHere}, and step(z) = 1 only when z > 0");
            }
        }
        if (wrong is not null)
            return Fail("the network does not reproduce the truth table",
                $"{wrong} ({wrongCount} of {inputs} inputs wrong)");
        if (tooClose is not null)
            return Fail("some pre-activation lies within 1e-6 of the threshold (|z| >= 1e-6 is required on every input)",
                tooClose);
        return CheckResult.Pass();
    }

    // On samples the Detail replaces the Message, so it repeats the Message and adds the specifics.
    private static CheckResult Fail(string message, string? detail = null) =>
        CheckResult.Fail(message, detail is null ? null : $"{message}: {detail}");

    private static string Describe(int k, int n) =>
        "(" + string.Join(", ", Enumerable.Range(0, n).Select(j => $"x_{j}={k >> j & 1}")) + ")";

    // The exact value of a finite double times 2^1074, as an integer.
    private static BigInteger Exact(double d)
    {
        var bits = BitConverter.DoubleToInt64Bits(d);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1;
        else mantissa |= 1L << 52;
        var scaled = new BigInteger(mantissa) << (exponent - 1);
        return bits < 0 ? -scaled : scaled;
    }

    private static double ToDouble(BigInteger scaled)
    {
        if (scaled.IsZero) return 0;
        var magnitude = BigInteger.Abs(scaled);
        var shift = Math.Max(0, (int)magnitude.GetBitLength() - 62);
        var value = Math.ScaleB((double)(magnitude >> shift), shift - 1074);
        return scaled.Sign < 0 ? -value : value;
    }
}
