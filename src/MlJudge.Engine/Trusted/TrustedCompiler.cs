using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using MlJudge.Engine.Caching;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MlJudge.Engine.Trusted;

/// <summary>
/// Compiles instructor-written code (custom checkers, test generators) in-process against the full
/// runtime. This code is trusted: it comes from the problems folder, never from a submission.
/// </summary>
public static class TrustedCompiler
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Append(typeof(TrustedCompiler).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Text.Json.Nodes;
        global using MlJudge.Engine.Checking;
        global using MlJudge.Engine.Problems;
        """;

    /// <summary>
    /// Compiles and loads the file; throws <see cref="TrustedCompilationException"/> listing the errors. The image is
    /// cached by source and engine build: the first compile in a process pays seconds for Roslyn's own start-up,
    /// which a restart with unchanged checkers should not.
    /// </summary>
    public static Assembly CompileAndLoad(string path)
    {
        var source = File.ReadAllText(path);
        var cached = CacheDirectory.For("trusted") is { } directory
            ? Path.Combine(directory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                $"{CacheDirectory.EngineBuild}\n{Environment.Version}\n{Path.GetFileName(path)}\n{source}")))[..32] + ".dll")
            : null;
        if (cached is not null && File.Exists(cached))
        {
            try
            {
                return Assembly.Load(File.ReadAllBytes(cached));
            }
            catch (Exception e) when (e is IOException or BadImageFormatException)
            {
                // a damaged entry: compile again below
            }
        }
        var image = Emit(source, path);
        if (cached is not null) CacheDirectory.WriteAtomically(cached, image);
        return Assembly.Load(image);
    }

    /// <summary>Compiles trusted source against the full runtime, with no policy, to an assembly image.</summary>
    public static byte[] Emit(string source, string path = "Trusted.cs")
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(source, options, path),
            CSharpSyntaxTree.ParseText(GlobalUsings, options),
        };
        var compilation = CSharpCompilation.Create(
            $"MlJudge.Trusted.{Path.GetFileNameWithoutExtension(path)}.{Guid.NewGuid():N}",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable, optimizationLevel: OptimizationLevel.Release));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)
                .Select(d => $"line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage()}");
            throw new TrustedCompilationException(string.Join("; ", errors));
        }
        return stream.ToArray();
    }

    public static T CreateInstance<T>(Assembly assembly, string path) where T : class
    {
        var type = assembly.GetTypes().FirstOrDefault(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            ?? throw new TrustedCompilationException($"{Path.GetFileName(path)} declares no public class implementing {typeof(T).Name} with a parameterless constructor");
        return (T)Activator.CreateInstance(type)!;
    }
}

public sealed class TrustedCompilationException(string message) : Exception(message);
