using System.Reflection;
using System.Text.Json.Serialization;
using MlJudge.Engine.Problems;
using MlJudge.Engine.Trusted;

namespace MlJudge.Engine.Checking;

/// <summary>
/// What one checker kind is: its problem.yaml name, which options it takes (each one it takes is required, the
/// others are ignored), whether a test may leave out <c>expected</c>, and how it is built.
/// </summary>
/// <param name="Tolerance">Takes <c>rtol</c> and <c>atol</c>; its tests must expect a value the tolerance can tell from zero.</param>
/// <param name="File">Takes <c>file</c>, a C# file in the problem folder implementing <see cref="ICustomChecker"/>.</param>
/// <param name="ExpectedOptional">A test may omit <c>expected</c> (the checker judges from the arguments).</param>
public sealed record CheckerDefinition(CheckerKind Kind, string Name, bool Tolerance, bool File, bool ExpectedOptional,
    Func<CheckerSpec, string, IChecker> Create)
{
    /// <summary>The problem.yaml fields under <c>checker</c> besides <c>type</c>; each is required, no other is allowed.</summary>
    public IReadOnlyList<string> Options => [.. Tolerance ? new[] { "rtol", "atol" } : [], .. File ? new[] { "file" } : []];
}

/// <summary>The one table of checkers: the metadata reader validates against it, the loader builds from it.</summary>
public static class CheckerRegistry
{
    public static readonly IReadOnlyList<CheckerDefinition> All =
    [
        Define(CheckerKind.Exact, (_, _) => new ExactChecker()),
        Define(CheckerKind.AllClose, (spec, _) => new AllCloseChecker(spec.Rtol, spec.Atol), tolerance: true),
        Define(CheckerKind.Unordered, (_, _) => new UnorderedChecker()),
        Define(CheckerKind.Partition, (_, _) => new PartitionChecker()),
        Define(CheckerKind.Custom, (spec, folder) => LoadCustom(Path.Combine(folder, spec.File!)), file: true, expectedOptional: true),
    ];

    /// <summary>The valid problem.yaml names, in the table's order, for error messages.</summary>
    public static string Names => string.Join(", ", All.Select(d => d.Name));

    public static CheckerDefinition Of(CheckerKind kind) => All.Single(d => d.Kind == kind);

    public static bool TryParse(string name, out CheckerKind kind)
    {
        var definition = All.FirstOrDefault(d => d.Name == name);
        kind = definition?.Kind ?? default;
        return definition is not null;
    }

    public static IChecker Create(CheckerSpec spec, string problemFolder) => Of(spec.Kind).Create(spec, problemFolder);

    private static CheckerDefinition Define(CheckerKind kind, Func<CheckerSpec, string, IChecker> create,
        bool tolerance = false, bool file = false, bool expectedOptional = false) =>
        new(kind, NameOf(kind), tolerance, file, expectedOptional, create);

    // The name is the enum member's JSON name, so the API and problem.yaml cannot spell a checker differently.
    private static string NameOf(CheckerKind kind) =>
        typeof(CheckerKind).GetField(kind.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name;

    private static IChecker LoadCustom(string path)
    {
        try
        {
            return TrustedCompiler.CreateInstance<ICustomChecker>(TrustedCompiler.CompileAndLoad(path), path);
        }
        catch (TrustedCompilationException e)
        {
            throw new CheckerLoadException(e.Message);
        }
    }
}
