namespace MlJudge.Engine.Judging;

/// <summary>The outcome of one test or of a whole submission. The names are part of the public contract.</summary>
public enum Verdict
{
    Accepted,
    WrongAnswer,
    CompilationError,
    RuntimeError,
    TimeLimitExceeded,
    MemoryLimitExceeded,
    OutputLimitExceeded,
    InternalError,
}

public static class VerdictNames
{
    /// <summary>The snake_case folder name used under solutions/ for a verdict.</summary>
    public static string ToFolderName(this Verdict verdict) => verdict switch
    {
        Verdict.Accepted => "accepted",
        Verdict.WrongAnswer => "wrong_answer",
        Verdict.CompilationError => "compilation_error",
        Verdict.RuntimeError => "runtime_error",
        Verdict.TimeLimitExceeded => "time_limit_exceeded",
        Verdict.MemoryLimitExceeded => "memory_limit_exceeded",
        Verdict.OutputLimitExceeded => "output_limit_exceeded",
        Verdict.InternalError => "internal_error",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    public static Verdict? FromFolderName(string folder) =>
        Enum.GetValues<Verdict>().Cast<Verdict?>().FirstOrDefault(v => v!.Value.ToFolderName() == folder);
}
