using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using MlJudge.Runner.Protocol;

namespace MlJudge.Engine.Judging;

/// <summary>
/// Confirms, in the judge's own process, that an exception the runner names is a type of the shared framework:
/// a closed set of names fixed by the runtime, none of which a submission can spell. The runner's word alone is
/// not enough (a submission that reached the runner's stdout could forge a reply).
/// </summary>
internal static partial class FrameworkExceptions
{
    private static readonly string FrameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";
    private static readonly ConcurrentDictionary<(string Assembly, string Type), bool> Confirmed = new();

    // Plain dotted names only: no generic arity, brackets, commas or assembly qualification for Type.GetType to interpret.
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*(\+[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex PlainTypeName();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.]*$")]
    private static partial Regex PlainAssemblyName();

    /// <returns>The type's full name when it is a framework exception type; otherwise null.</returns>
    public static string? Confirm(ExceptionReport? report)
    {
        if (report?.FrameworkAssembly is not { } assembly) return null;
        var name = report.TypeName;
        if (!PlainTypeName().IsMatch(name) || !PlainAssemblyName().IsMatch(assembly)) return null;
        // Only positive answers are remembered: they come from a finite set, while names that fail are the submission's.
        if (Confirmed.ContainsKey((assembly, name))) return name;
        if (!Check(assembly, name)) return null;
        Confirmed.TryAdd((assembly, name), true);
        return name;
    }

    /// <summary>Whether <paramref name="typeName"/> was confirmed as a framework exception type earlier in this process.</summary>
    public static bool IsConfirmed(string typeName) => Confirmed.Keys.Any(k => k.Type == typeName);

    private static bool Check(string assemblyName, string typeName)
    {
        if (FrameworkFolder.Length == 0 || !File.Exists(Path.Combine(FrameworkFolder, assemblyName + ".dll"))) return false;
        try
        {
            var assembly = Assembly.Load(new AssemblyName(assemblyName));
            if (!string.Equals(Path.GetDirectoryName(assembly.Location), FrameworkFolder, StringComparison.Ordinal)) return false;
            var type = assembly.GetType(typeName, throwOnError: false);
            return type is { IsGenericType: false, ContainsGenericParameters: false } && type.FullName == typeName && typeof(Exception).IsAssignableFrom(type);
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or ArgumentException)
        {
            return false;
        }
    }
}
