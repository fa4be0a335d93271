using System.Text.Json;
using System.Text.Json.Serialization;
using MlJudge.Engine.Judging;
using MlJudge.Engine.Problems;

namespace MlJudge.Engine.Feedback;

/// <summary>
/// Reads and writes problems/&lt;id&gt;/fingerprints.json, checked in so a server never reruns known-bad solutions.
/// Written by `mljudge generate`; `validate` recomputes it and fails when it is stale.
/// </summary>
public static class FingerprintFile
{
    public const string File = "fingerprints.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record Entry(Verdict Verdict, string Outcomes, List<MistakeOutput>? Evidence = null);

    private sealed record Document(int Tests, SortedDictionary<string, Entry> Mistakes);

    internal static FingerprintSet? Read(string id, string folder, List<ProblemError> errors)
    {
        var path = Path.Combine(folder, File);
        if (!System.IO.File.Exists(path)) return null;
        try
        {
            var document = JsonSerializer.Deserialize<Document>(System.IO.File.ReadAllText(path), Json);
            if (document?.Mistakes is null || document.Tests <= 0)
            {
                errors.Add(new ProblemError(id, File, null, "must hold tests (a count) and mistakes (run `mljudge generate`)"));
                return null;
            }
            foreach (var (mistake, entry) in document.Mistakes)
            {
                if (entry.Outcomes is null || entry.Outcomes.Length != document.Tests || entry.Outcomes.Any(c => !"AWRTMOX-".Contains(c)))
                {
                    errors.Add(new ProblemError(id, File, $"mistakes.{mistake}.outcomes", $"must be {document.Tests} letters of AWRTMOX-"));
                    return null;
                }
                for (var i = 0; i < (entry.Evidence?.Count ?? 0); i++)
                {
                    // Evidence is an output of a test the mistake fails with a wrong answer; anything else cannot be compared.
                    if (entry.Evidence![i] is not { Output: not null } output || output.Test < 0 || output.Test >= document.Tests || entry.Outcomes[output.Test] != 'W')
                    {
                        errors.Add(new ProblemError(id, File, $"mistakes.{mistake}.evidence[{i}]", "must hold the output of a test the mistake fails with a wrong answer (run `mljudge generate`)"));
                        return null;
                    }
                }
            }
            return new FingerprintSet(document.Tests, document.Mistakes.ToDictionary(m => m.Key, m => new Fingerprint(m.Value.Verdict, m.Value.Outcomes)))
            {
                Evidence = document.Mistakes.Where(m => m.Value.Evidence is { Count: > 0 })
                    .ToDictionary(m => m.Key, m => (IReadOnlyList<MistakeOutput>)m.Value.Evidence!),
            };
        }
        catch (JsonException e)
        {
            errors.Add(new ProblemError(id, File, null, $"invalid JSON: {e.Message}"));
            return null;
        }
    }

    public static string Serialize(FingerprintSet set) =>
        JsonSerializer.Serialize(new Document(set.Tests,
            new SortedDictionary<string, Entry>(set.Mistakes.ToDictionary(m => m.Key, m => new Entry(m.Value.Verdict, m.Value.Outcomes,
                set.EvidenceOf(m.Key) is { Count: > 0 } evidence ? [.. evidence] : null)), StringComparer.Ordinal)), Json) + "\n";

    public static Task WriteAsync(string folder, FingerprintSet set, CancellationToken cancellationToken) =>
        System.IO.File.WriteAllTextAsync(Path.Combine(folder, File), Serialize(set), cancellationToken);
}
