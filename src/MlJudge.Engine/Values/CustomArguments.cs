using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlJudge.Engine.Problems;

namespace MlJudge.Engine.Values;

/// <summary>One thing wrong with a custom input: the argument at fault (or "args" for the whole object) and why.</summary>
public sealed record ArgumentError(string Argument, string Message);

/// <summary>
/// Checks a learner's own arguments for a problem's entry point before anything runs: a JSON object with exactly
/// the parameters by name, each of its declared type, numbers representable in it, and no larger than
/// <see cref="MaxBytes"/>. Jagged C# arrays can hold ragged rows, but most parameters are matrices: an array level
/// whose rows have one length in every sample test must have one length in a custom input too. Every answer depends
/// only on public things (the signature, problem.yaml, the samples), never on the hidden tests (<see cref="ArrayShapes"/>).
/// </summary>
public static class CustomArguments
{
    /// <summary>The largest custom input, as compact JSON.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly ConditionalWeakTable<Problem, bool[][]> Rectangular = new();

    public static IReadOnlyList<ArgumentError> Validate(Problem problem, JsonObject? args)
    {
        if (args is null) return [new ArgumentError("args", "is required: a JSON object with one value per parameter")];
        // Before anything serializes or echoes a value: writing an unpaired surrogate throws, and PostgreSQL refuses NUL.
        // A JsonObject bound from a request reads its keys lazily, and reading an unpaired surrogate throws.
        try
        {
            foreach (var (name, value) in args)
            {
                if (!StorableText.IsClean(name)) return [new ArgumentError("args", $"names {StorableText.Problem}")];
                if (StorableText.FirstUnclean(value, "") is { } path) return [new ArgumentError(Shown(name), $"{At(path)}strings {StorableText.Problem}")];
            }
        }
        catch (InvalidOperationException)
        {
            return [new ArgumentError("args", $"names {StorableText.Problem}")];
        }
        var size = Encoding.UTF8.GetByteCount(args.ToJsonString());
        if (size > MaxBytes) return [new ArgumentError("args", $"is {size / 1024.0:0.#} KiB of JSON; a custom input may be at most {MaxBytes / 1024} KiB")];
        var parameters = problem.Metadata.EntryPoint.Parameters;
        var errors = new List<ArgumentError>();
        foreach (var (name, _) in args)
            if (parameters.All(p => p.Name != name))
                errors.Add(new ArgumentError(Shown(name), $"is not a parameter of {problem.Metadata.EntryPoint.Method} (it takes {string.Join(", ", parameters.Select(p => p.Name))})"));
        var rectangular = Rectangular.GetValue(problem, p => ArrayShapes.RectangularLevels(p.Metadata.EntryPoint, p.Samples));
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (!args.TryGetPropertyValue(parameter.Name, out var value))
            {
                errors.Add(new ArgumentError(parameter.Name, $"is missing ({parameter.Type})"));
                continue;
            }
            var type = ProblemLoader.ParseType(parameter.Type);
            var reason = Representable(value, type) ?? JsonValues.Conforms(value, type) ?? Ragged(value, rectangular[i]);
            if (reason is not null) errors.Add(new ArgumentError(parameter.Name, reason));
        }
        return errors;
    }

    // Names echoed back are the client's own text: kept short.
    private static string Shown(string name) => name.Length > 40 ? name[..40] + "…" : name;

    /// <summary>What JSON can spell but a double cannot hold.</summary>
    private static string? Representable(JsonNode? node, ValueType type, string path = "")
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    if (Representable(array[i], type, $"{path}[{i}]") is { } reason) return reason;
                return null;
            case JsonValue value when value.GetValue<JsonElement>() is var element:
                // A literal past double's range reads as infinity (or not at all): JSON has no infinity, and "Infinity" is the string spelling.
                if (element.ValueKind == JsonValueKind.Number && type.Scalar == "double" && !(element.TryGetDouble(out var d) && double.IsFinite(d)))
                    return $"{At(path)}{element.GetRawText()} is outside the range of a double";
                return null;
            default:
                return null;
        }
    }

    private static string At(string path) => path.Length == 0 ? "" : $"{path}: ";

    /// <summary>Why an array level the problem's samples always keep rectangular is ragged here; null when it is not.</summary>
    private static string? Ragged(JsonNode? node, bool[] rectangularLevels)
    {
        for (var depth = 0; depth < rectangularLevels.Length; depth++)
        {
            if (!rectangularLevels[depth]) continue;
            int? length = null;
            string? first = null;
            foreach (var (path, array) in ArrayShapes.ArraysAt(node, depth + 1, ""))
            {
                if (length is null) (length, first) = (array.Count, path);
                else if (array.Count != length)
                    return $"is ragged: {path} has {array.Count} elements but {first} has {length}; every row at this level must have the same length (a matrix)";
            }
        }
        return null;
    }
}
