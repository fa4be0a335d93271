using MlJudge.Engine.Judging;

namespace MlJudge.Engine.Feedback;

/// <summary>
/// The outcome vector of one judged submission: one letter per test in judging order (samples, then hidden).
/// A accepted, W wrong answer, R runtime error, T time limit, M memory limit, O output limit, X internal error,
/// '-' not run (an earlier test ended the runner, or the submission did not compile).
/// </summary>
public sealed record Fingerprint(Verdict Verdict, string Outcomes)
{
    public const char NotRun = '-';

    public static Fingerprint Of(JudgeResult result)
    {
        var letters = Enumerable.Repeat(NotRun, result.TotalTests).ToArray();
        foreach (var test in result.Tests)
            if (test.Index >= 0 && test.Index < letters.Length) letters[test.Index] = Letter(test.Verdict);
        return new Fingerprint(result.Verdict, new string(letters));
    }

    /// <summary>
    /// Time-limit fingerprints are a class of their own: which test first runs out of time, and whether the tests
    /// after it ran, depend on the machine's load, so only the verdict is stable enough to compare.
    /// </summary>
    public bool IsTimeClass => Verdict == Verdict.TimeLimitExceeded;

    /// <summary>Indices of the tests this vector does not pass (failed or not run).</summary>
    public IReadOnlySet<int> Failing => Outcomes.Select((c, i) => (c, i)).Where(x => x.c != 'A').Select(x => x.i).ToHashSet();

    public int FirstFailing => Outcomes.IndexOf(Outcomes.FirstOrDefault(c => c != 'A'));

    /// <summary>
    /// Whether a recomputed fingerprint still agrees with this stored one (`validate` fails when not). Any test can
    /// run out of time on a loaded machine, and everything after it is then not run, so the vectors are compared
    /// only before the first 'T' of either; the verdicts may differ only when that first 'T' decided one of them
    /// (whichever run was the slower one).
    /// </summary>
    public bool Agrees(Fingerprint recomputed)
    {
        if (Outcomes.Length != recomputed.Outcomes.Length) return false;
        var cut = ComparableLength(this, recomputed);
        if (!Outcomes.AsSpan(0, cut).SequenceEqual(recomputed.Outcomes.AsSpan(0, cut))) return false;
        return recomputed.Verdict == Verdict || DecidedByTimeOut(recomputed, cut) || DecidedByTimeOut(this, cut);
    }

    /// <summary>How much of two vectors of one solution can be compared: up to the first time-out in either.</summary>
    public static int ComparableLength(Fingerprint a, Fingerprint b) => Math.Min(FirstTimeOut(a.Outcomes), FirstTimeOut(b.Outcomes));

    private static bool DecidedByTimeOut(Fingerprint f, int cut) => f.Verdict == Verdict.TimeLimitExceeded && f.FirstFailing == cut;

    private static int FirstTimeOut(string outcomes) => outcomes.IndexOf('T') is var i and >= 0 ? i : outcomes.Length;

    public static char Letter(Verdict verdict) => verdict switch
    {
        Verdict.Accepted => 'A',
        Verdict.WrongAnswer => 'W',
        Verdict.RuntimeError => 'R',
        Verdict.TimeLimitExceeded => 'T',
        Verdict.MemoryLimitExceeded => 'M',
        Verdict.OutputLimitExceeded => 'O',
        Verdict.CompilationError => NotRun,
        _ => 'X',
    };
}

/// <summary>
/// fingerprints.json: the test count the vectors were taken over, one fingerprint per mistake id, and per mistake its
/// own outputs on a few tests it fails (<see cref="MistakeEvidence"/>; none for a mistake with no small wrong output).
/// </summary>
public sealed record FingerprintSet(int Tests, IReadOnlyDictionary<string, Fingerprint> Mistakes)
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<MistakeOutput>> _evidence = new Dictionary<string, IReadOnlyList<MistakeOutput>>();
    private ILookup<int, (string MistakeId, System.Text.Json.Nodes.JsonNode Output)>? _byTest;

    public IReadOnlyDictionary<string, IReadOnlyList<MistakeOutput>> Evidence
    {
        get => _evidence;
        init
        {
            _evidence = value;
            _byTest = null;
        }
    }

    /// <summary>The mistake outputs kept for one test, looked up once per test judged.</summary>
    public IEnumerable<(string MistakeId, System.Text.Json.Nodes.JsonNode Output)> EvidenceAt(int test) =>
        (_byTest ??= _evidence.SelectMany(e => e.Value.Select(o => (o.Test, (e.Key, o.Output)))).ToLookup(x => x.Test, x => x.Item2))[test];

    public IReadOnlyList<MistakeOutput> EvidenceOf(string mistakeId) => _evidence.TryGetValue(mistakeId, out var outputs) ? outputs : [];

    /// <summary>
    /// Judge-side only, when recomputed: every small wrong output each mistake's solution gave, by test. `validate` checks
    /// stored evidence against these rather than against a new selection, which shifts when a loaded machine times out a test.
    /// </summary>
    internal IReadOnlyDictionary<string, IReadOnlyDictionary<int, System.Text.Json.Nodes.JsonNode>> Observed { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<int, System.Text.Json.Nodes.JsonNode>>();
}
