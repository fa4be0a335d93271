using MlJudge.Engine.Values;

namespace MlJudge.Engine.Problems;

/// <summary>
/// The samples say which argument shapes are legal: custom input is refused as ragged wherever every sample is
/// rectangular (<see cref="ArrayShapes"/>), so a hidden test ragged there would be an input the learner cannot try and
/// the statement's examples never show. `validate` fails it, naming the file, the parameter and the level.
/// </summary>
public static class SampleShapes
{
    public static IEnumerable<ProblemError> Check(Problem problem)
    {
        var parameters = problem.Metadata.EntryPoint.Parameters;
        var rectangular = ArrayShapes.RectangularLevels(problem.Metadata.EntryPoint, problem.Samples);
        foreach (var test in problem.Hidden)
            for (var i = 0; i < parameters.Count; i++)
                for (var depth = 0; depth < rectangular[i].Length; depth++)
                    if (rectangular[i][depth] && ArrayShapes.IsRagged(test.Args[parameters[i].Name], depth))
                        yield return new ProblemError(problem.Id, $"tests/hidden/{test.Name}.json", $"args.{parameters[i].Name}",
                            $"is ragged at level {depth + 1} but every sample keeps it rectangular; add a ragged sample so custom input accepts the same shapes");
    }
}
