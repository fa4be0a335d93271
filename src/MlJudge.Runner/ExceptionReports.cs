using MlJudge.Runner.Protocol;

namespace MlJudge.Runner;

/// <summary>Describes an exception for the judge, marking whether its type belongs to the framework itself.</summary>
internal static class ExceptionReports
{
    // The shared framework's folder: a submission's assembly is loaded from bytes (no location) and the
    // runner's own assembly lives elsewhere, so only the runtime's assemblies are found here.
    private static readonly string FrameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";

    public static ExceptionReport Describe(Exception exception)
    {
        var type = exception.GetType();
        return new ExceptionReport(Cut(type.FullName ?? type.Name), IsFrameworkType(type) ? type.Assembly.GetName().Name : null, Cut(exception.Message));
    }

    /// <summary>
    /// A framework type's name is fixed by the framework. A generic instantiation is not (its name spells its
    /// type arguments, which a submission chooses), nor is anything declared outside the framework's folder.
    /// </summary>
    public static bool IsFrameworkType(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (t.IsGenericType || t.IsArray || t.IsPointer || t.IsByRef) return false;
        }
        var location = type.Assembly.IsDynamic ? "" : type.Assembly.Location;
        return FrameworkFolder.Length > 0 && location.Length > 0 && string.Equals(Path.GetDirectoryName(location), FrameworkFolder, StringComparison.Ordinal);
    }

    private static string Cut(string text) => text.Length <= RunnerLimits.MaxExceptionTextChars ? text : text[..RunnerLimits.MaxExceptionTextChars];
}
