using System.Text.Json.Nodes;
using MlJudge.Engine.Problems;

namespace MlJudge.Engine.Values;

/// <summary>
/// Which array levels of each parameter are matrices (every row at that level one length), as a problem's sample
/// tests show them. Only the samples decide: what a learner may send must not depend on the hidden tests, or a refused
/// ragged input would tell whether some hidden test has ragged rows there. `validate` makes the samples honest
/// (<see cref="SampleShapes"/>): a hidden test may not be ragged where every sample is rectangular.
/// </summary>
public static class ArrayShapes
{
    /// <summary>
    /// Per parameter, per level below the top (index 0 = the rows of the outer array, "level 1"): whether every one of
    /// <paramref name="tests"/> keeps that level's arrays one length.
    /// </summary>
    public static bool[][] RectangularLevels(EntryPoint entryPoint, IEnumerable<TestCase> tests)
    {
        var parameters = entryPoint.Parameters;
        var levels = parameters.Select(p => Enumerable.Repeat(true, Math.Max(0, ProblemLoader.ParseType(p.Type).Rank - 1)).ToArray()).ToArray();
        foreach (var test in tests)
            for (var i = 0; i < parameters.Count; i++)
                for (var depth = 0; depth < levels[i].Length; depth++)
                    if (levels[i][depth] && IsRagged(test.Args[parameters[i].Name], depth))
                        levels[i][depth] = false;
        return levels;
    }

    /// <summary>Whether the arrays <paramref name="depth"/> + 1 levels into <paramref name="node"/> differ in length.</summary>
    public static bool IsRagged(JsonNode? node, int depth) =>
        ArraysAt(node, depth + 1, "").Select(a => a.Array.Count).Distinct().Skip(1).Any();

    /// <summary>The arrays <paramref name="depth"/> levels into <paramref name="node"/>, each with its path ("row [1][0]").</summary>
    public static IEnumerable<(string Path, JsonArray Array)> ArraysAt(JsonNode? node, int depth, string path)
    {
        if (node is not JsonArray array) yield break;
        if (depth == 0)
        {
            yield return (path.Length == 0 ? "the value" : $"row {path}", array);
            yield break;
        }
        for (var i = 0; i < array.Count; i++)
            foreach (var inner in ArraysAt(array[i], depth - 1, $"{path}[{i}]"))
                yield return inner;
    }
}
