using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace MlJudge.Engine.Problems;

/// <summary>Reads mistakes.yaml (optional to load; `validate` requires a hint per known-bad solution); errors name the field.</summary>
internal static partial class MistakesReader
{
    public const string File = "mistakes.yaml";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    public static IReadOnlyList<Mistake> Read(string id, string folder, List<ProblemError> errors)
    {
        var path = Path.Combine(folder, File);
        if (!System.IO.File.Exists(path)) return [];
        var y = new YamlFields(id, File, errors);
        var root = y.Root(System.IO.File.ReadAllText(path));
        if (root is null || y.Sequence(root, "", "mistakes") is not { } list) return [];
        var mistakes = new List<Mistake>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var field = $"mistakes[{i}]";
            if (list.Children[i] is not YamlMappingNode map)
            {
                y.Error(field, "must be a mapping with solution, id, en and zh");
                continue;
            }
            var solution = y.String(map, field, "solution");
            var mistakeId = y.String(map, field, "id");
            var en = y.String(map, field, "en");
            var zh = y.String(map, field, "zh");
            if (solution is not null && (solution.Contains("..") || Path.IsPathRooted(solution) || !solution.EndsWith(".cs", StringComparison.Ordinal)))
                y.Error($"{field}.solution", $"'{solution}' must be a .cs path under solutions/, e.g. wrong_answer/no_max_shift.cs");
            if (mistakeId is not null && !IdPattern().IsMatch(mistakeId))
                y.Error($"{field}.id", $"'{mistakeId}' must be lowercase letters, digits and dashes");
            if (mistakeId is not null && mistakes.Any(m => m.Id == mistakeId)) y.Error($"{field}.id", $"duplicate id '{mistakeId}'");
            if (solution is not null && mistakes.Any(m => m.Solution == solution)) y.Error($"{field}.solution", $"'{solution}' already has a hint");
            if (solution is not null && mistakeId is not null && en is not null && zh is not null)
                mistakes.Add(new Mistake(mistakeId, solution, en.Trim(), zh.Trim()));
        }
        return mistakes;
    }
}
