using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MlJudge.Engine.Judging;

namespace MlJudge.Engine.Compilation;

/// <summary>
/// Compiles one submission (class form or script form) with Roslyn, applies the API policy and the
/// metadata scan, and checks the entry point. Runs inside the compile host process, never in the judge.
/// </summary>
public sealed class SubmissionCompiler
{
    public const int MaxDiagnostics = 50;
    public const int MaxAssemblyBytes = 2 * 1024 * 1024;
    private static readonly CSharpParseOptions RegularParse = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);
    private static readonly CSharpParseOptions ScriptParse = RegularParse.WithKind(SourceCodeKind.Script);
    private static readonly SyntaxTree GlobalUsings = CSharpSyntaxTree.ParseText(
        string.Concat(SubmissionReferences.ImplicitUsings.Select(u => $"global using {u};\n")), RegularParse, "GlobalUsings.cs");

    private static readonly CSharpCompilationOptions LibraryOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        allowUnsafe: false,
        checkOverflow: false,
        nullableContextOptions: NullableContextOptions.Disable,
        deterministic: true,
        concurrentBuild: false);

    // Script form: top-level methods, compiled as a C# script (the compilation Roslyn's scripting layer
    // builds), with #r and #load resolving to nothing.
    private static readonly CSharpCompilationOptions ScriptOptions = LibraryOptions
        .WithUsings(SubmissionReferences.ImplicitUsings)
        .WithMetadataReferenceResolver(NoReferenceResolver.Instance)
        .WithSourceReferenceResolver(NoSourceResolver.Instance);

    private long _counter;

    public CompileResponse Compile(CompileRequest request)
    {
        var stopwatch = Stopwatch.StartNew();
        if (SourceScreen.Check(request.Source) is { } screen)
            return CompileResponse.Failure(request.Id, screen);

        var isClassForm = DeclaresSolutionClass(request.Source);
        var assemblyName = $"Submission{Interlocked.Increment(ref _counter)}";
        Microsoft.CodeAnalysis.Compilation compilation = isClassForm
            ? CSharpCompilation.Create(assemblyName, [CSharpSyntaxTree.ParseText(request.Source, RegularParse, "Solution.cs"), GlobalUsings], SubmissionReferences.All, LibraryOptions)
            : CSharpCompilation.CreateScriptCompilation(assemblyName, CSharpSyntaxTree.ParseText(request.Source, ScriptParse, "Submission.csx"), SubmissionReferences.All, ScriptOptions);

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            return Fail(request, stopwatch, "compilation failed", errors.Select(ToDiagnostic));

        if (EntryPointBinder.Find(compilation, isClassForm, request) is { } entryError)
            return Fail(request, stopwatch, entryError.Message, [entryError]);

        var violations = ApiPolicy.Check(compilation, MaxDiagnostics);
        if (violations.Count > 0)
            return Fail(request, stopwatch, violations[0].Message, violations.Select(v => PolicyDiagnostic(v.Location, v.Message)));

        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        if (!emit.Success)
            return Fail(request, stopwatch, "compilation failed", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(ToDiagnostic));
        if (image.Length > MaxAssemblyBytes)
            return Fail(request, stopwatch, $"the compiled assembly is {image.Length / 1024} KiB; the limit is {MaxAssemblyBytes / 1024} KiB", []);

        var bytes = image.ToArray();
        var metadataProblems = MetadataScanner.Scan(bytes);
        if (metadataProblems.Count > 0)
            return Fail(request, stopwatch, metadataProblems[0], metadataProblems.Take(MaxDiagnostics).Select(m => new CompileDiagnostic(ApiPolicy.DiagnosticId, "error", 1, 1, 1, 1, m)));

        return new CompileResponse(request.Id, true, !isClassForm, Convert.ToBase64String(bytes), [], null, stopwatch.Elapsed.TotalMilliseconds);
    }

    private static CompileResponse Fail(CompileRequest request, Stopwatch stopwatch, string message, IEnumerable<CompileDiagnostic> diagnostics)
    {
        var list = diagnostics.Take(MaxDiagnostics).ToList();
        return CompileResponse.Failure(request.Id, list.Count > 0 ? list[0].ToString() : message, list, stopwatch.Elapsed.TotalMilliseconds);
    }

    // Class form is recognised by a top-level `class Solution`; anything else is a script.
    private static bool DeclaresSolutionClass(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, RegularParse).GetRoot();
        return root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<TypeDeclarationSyntax>()
            .Any(t => t.Identifier.ValueText == "Solution" && t.Parent is CompilationUnitSyntax);
    }

    internal static CompileDiagnostic ToDiagnostic(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return new CompileDiagnostic(d.Id, d.Severity.ToString().ToLowerInvariant(),
            span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1, d.GetMessage());
    }

    private static CompileDiagnostic PolicyDiagnostic(Location location, string message)
    {
        var span = location.GetLineSpan();
        return new CompileDiagnostic(ApiPolicy.DiagnosticId, "error",
            span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1, message);
    }

    private sealed class NoReferenceResolver : MetadataReferenceResolver
    {
        public static readonly NoReferenceResolver Instance = new();
        public override bool Equals(object? other) => ReferenceEquals(this, other);
        public override int GetHashCode() => 1;
        public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) => [];
    }

    private sealed class NoSourceResolver : SourceReferenceResolver
    {
        public static readonly NoSourceResolver Instance = new();
        public override bool Equals(object? other) => ReferenceEquals(this, other);
        public override int GetHashCode() => 2;
        public override string? NormalizePath(string path, string? baseFilePath) => null;
        public override string? ResolveReference(string path, string? baseFilePath) => null;
        public override Stream OpenRead(string resolvedPath) => throw new FileNotFoundException(resolvedPath);
    }
}
