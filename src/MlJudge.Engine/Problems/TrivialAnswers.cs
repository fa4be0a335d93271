using System.Text.Json.Nodes;
using MlJudge.Engine.Values;

namespace MlJudge.Engine.Problems;

/// <summary>
/// Answers that need no understanding of the problem, built from the signature: zeros and ones in the expected
/// value's shape, and an argument echoed back where its type is the return type. A test that accepts all of them
/// and every known-bad solution checks nothing.
/// </summary>
public static class TrivialAnswers
{
    public static IEnumerable<(string Name, JsonNode? Value)> For(EntryPoint entryPoint, TestCase test)
    {
        var returns = ProblemLoader.ParseType(entryPoint.Returns);
        // Without an expected value (custom checkers may have none) only a scalar's shape is known.
        if (test.Expected is not null || returns.Rank == 0)
        {
            yield return ("zeros", Fill(test.Expected, returns.Scalar, one: false));
            if (returns.Scalar != "string") yield return ("ones", Fill(test.Expected, returns.Scalar, one: true));
        }
        foreach (var parameter in entryPoint.Parameters.Where(p => p.Type == entryPoint.Returns))
            yield return ($"echo of {parameter.Name}", test.Args[parameter.Name]?.DeepClone());
    }

    private static JsonNode? Fill(JsonNode? shape, string scalar, bool one) => shape switch
    {
        JsonArray array => new JsonArray(array.Select(child => Fill(child, scalar, one)).ToArray()),
        _ => scalar switch
        {
            "int" => JsonValue.Create(one ? 1 : 0),
            "long" => JsonValue.Create(one ? 1L : 0L),
            "double" => JsonValue.Create(one ? 1.0 : 0.0),
            "bool" => JsonValue.Create(one),
            _ => JsonValue.Create(""),
        },
    };
}
