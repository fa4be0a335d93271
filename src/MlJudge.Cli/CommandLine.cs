using MlJudge.Engine.Judging;

namespace MlJudge.Cli;

public sealed class UsageException(string message) : Exception(message);

/// <summary>Positional arguments and --flags, with the engine options every command shares.</summary>
public sealed class CommandLine
{
    public const int ExitAccepted = 0;
    public const int ExitRejected = 1;
    public const int ExitUsage = 2;

    private readonly List<string> _positional = [];
    private readonly Dictionary<string, string?> _flags = new(StringComparer.Ordinal);

    public CommandLine(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                var eq = name.IndexOf('=');
                if (eq >= 0) _flags[name[..eq]] = name[(eq + 1)..];
                else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) && ValueFlags.Contains(name)) _flags[name] = args[++i];
                else _flags[name] = null;
            }
            else _positional.Add(args[i]);
        }
    }

    private static readonly HashSet<string> ValueFlags = ["submissions", "concurrency", "pool", "problem", "iterations", "url", "clients", "mix", "timeout", "server-pid", "repeat", "corpus", "start-rounds", "workers", "problems"];

    public string? Command => _positional.FirstOrDefault();

    public string? Positional(int index) => index + 1 < _positional.Count ? _positional[index + 1] : null;

    public bool Has(string flag) => _flags.ContainsKey(flag);

    public int Int(string flag, int fallback) =>
        _flags.TryGetValue(flag, out var v) ? int.TryParse(v, out var n) && n > 0 ? n : throw new UsageException($"--{flag} takes a positive whole number") : fallback;

    public string? Value(string flag) => _flags.GetValueOrDefault(flag);

    public string Require(int index, string what) => Positional(index) ?? throw new UsageException($"missing {what}");

    public JudgeEngineOptions EngineOptions(int poolSize = 2) => new()
    {
        AllowUnsandboxed = Has("unsafe-no-sandbox"),
        RunnerPoolSize = Int("pool", poolSize),
    };

    public static int Usage(string? error)
    {
        if (error is not null) Console.Error.WriteLine($"error: {error}\n");
        Console.Error.WriteLine("""
            usage:
              mljudge judge <problem-folder> <source-file> [--json]     judge one C# file (exit 0 Accepted, 1 rejected, 2 bad input)
              mljudge validate [<problems-folder or problem-folder>]    prove problem folders right (default: ./problems)
              mljudge generate <problem-folder>                         rewrite tests/ from generator.cs and the reference solution,
                                                                        then fingerprints.json from the known-bad solutions
              mljudge generate --fingerprints [<folder>]                rewrite only fingerprints.json (one folder or all)
              mljudge new <id> [--problems <folder>]                    scaffold a problem folder
              mljudge seeds [<repository-root>] [--check]               check seeds/catalog.yaml against problems/ and write
                                                                        (or with --check verify) seeds/README.md
              mljudge diagnose-eval [<variants-folder>]                 judge the mistake variants (default: variants, heldout); print precision/recall
              mljudge bench [<problem-folder>] [--submissions N] [--concurrency N]
                                                                        judge a batch on a warm engine and print timing figures
                                                                        (first: the runner's start cost against a bare hello-world;
                                                                        --start-cost for that alone)
              mljudge bench --catalog [<problems-folder>]               judge every reference and one known-bad solution; per-problem figures
              mljudge bench --memory [<problems-folder>] [--workers N] [--problems 1000]
                                                                        server RSS idle (real + synthetic catalog), warm restart
                                                                        to /health, softmax latency with tests cold vs cached
              mljudge bench-compile [<problems-folder>] [--repeat N] [--corpus <hostile-corpus-folder>]
                                                                        compile every accepted solution (p50, max) and time each compile bomb
              mljudge loadtest [--url http://localhost:5080] [--submissions N] [--clients M] [--mix soak] [--server-pid P]
                                                                        load a running server; prints submit-to-verdict latency
            options:
              --unsafe-no-sandbox   run submissions without OS isolation (trusted code only)
            """);
        return ExitUsage;
    }

    /// <summary>The repository's problems folder: ./problems, or the nearest one above the current directory.</summary>
    public static string DefaultProblemsFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "problems");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(Directory.GetCurrentDirectory(), "problems");
    }
}
