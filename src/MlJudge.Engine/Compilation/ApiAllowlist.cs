namespace MlJudge.Engine.Compilation;

/// <summary>
/// What submissions may touch, keyed on metadata type names of framework assemblies (never on namespace
/// strings of source symbols: a submission can declare its own System.IO.File). Everything else is refused.
/// </summary>
public static class ApiAllowlist
{
    private static readonly string[] AllowedNamespaces =
    [
        "System.Collections.Generic",
        "System.Collections",
        "System.Linq",
        "System.Numerics",
        "System.Text",
    ];

    private static readonly HashSet<string> AllowedSystemTypes =
    [
        "Object", "String", "Math", "MathF", "Double", "Single", "Half", "Decimal", "Boolean", "Char",
        "Byte", "SByte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "Int128", "UInt128",
        "Array", "Span`1", "ReadOnlySpan`1", "Memory`1", "ReadOnlyMemory`1", "MemoryExtensions",
        "Nullable", "Nullable`1", "Tuple", "ValueTuple", "Index", "Range", "HashCode", "Random", "Convert",
        "BitConverter", "Buffer", "Enum", "ValueType", "Void", "Console", "MidpointRounding",
        "StringComparison", "StringComparer", "StringSplitOptions", "IComparable", "IComparable`1",
        "IEquatable`1", "IFormattable", "IFormatProvider", "ISpanFormattable", "IDisposable", "Predicate`1",
        "Comparison`1", "Converter`2", "Delegate", "MulticastDelegate", "Attribute", "FlagsAttribute",
        "Lazy`1", "TimeSpan", "Exception", "ArithmeticException", "ArgumentException",
        "ArgumentNullException", "ArgumentOutOfRangeException", "InvalidOperationException",
        "IndexOutOfRangeException", "DivideByZeroException", "OverflowException", "NotImplementedException",
        "NotSupportedException", "NullReferenceException", "FormatException", "KeyNotFoundException",
        "InvalidCastException", "ParamArrayAttribute", "ObsoleteAttribute", "IntPtr", "UIntPtr",
    ];

    private static readonly HashSet<string> AllowedConsoleMembers = ["Write", "WriteLine"];

    /// <summary>
    /// Members the compiler itself emits for ordinary C# (string interpolation, array initializers,
    /// iterators, records, lock, events). Source may not name them, but the emitted assembly may use them.
    /// </summary>
    private static readonly Dictionary<string, HashSet<string>?> CompilerSupport = new()
    {
        ["System.Runtime.CompilerServices.DefaultInterpolatedStringHandler"] = null,
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = ["InitializeArray", "CreateSpan", "GetSubArray", "EnsureSufficientExecutionStack"],
        ["System.Runtime.CompilerServices.CompilerGeneratedAttribute"] = null,
        ["System.Runtime.CompilerServices.IsReadOnlyAttribute"] = null,
        ["System.Runtime.CompilerServices.IsByRefLikeAttribute"] = null,
        ["System.Runtime.CompilerServices.IsUnmanagedAttribute"] = null,
        ["System.Runtime.CompilerServices.NullableAttribute"] = null,
        ["System.Runtime.CompilerServices.NullableContextAttribute"] = null,
        ["System.Runtime.CompilerServices.ExtensionAttribute"] = null,
        ["System.Runtime.CompilerServices.TupleElementNamesAttribute"] = null,
        ["System.Runtime.CompilerServices.IsExternalInit"] = null,
        ["System.Runtime.CompilerServices.RefSafetyRulesAttribute"] = null,
        ["System.Runtime.CompilerServices.RuntimeCompatibilityAttribute"] = null,
        ["System.Runtime.CompilerServices.CompilationRelaxationsAttribute"] = null,
        ["System.Runtime.CompilerServices.IteratorStateMachineAttribute"] = null,
        ["System.Runtime.CompilerServices.ScopedRefAttribute"] = null,
        ["System.Runtime.CompilerServices.RequiredMemberAttribute"] = null,
        ["System.Runtime.CompilerServices.SetsRequiredMembersAttribute"] = null,
        ["System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute"] = null,
        ["System.Runtime.CompilerServices.ParamCollectionAttribute"] = null,
        ["System.Diagnostics.DebuggableAttribute"] = null,
        ["System.Diagnostics.DebuggerHiddenAttribute"] = null,
        ["System.Diagnostics.DebuggerBrowsableAttribute"] = null,
        ["System.Diagnostics.DebuggerBrowsableState"] = null,
        ["System.Diagnostics.DebuggerStepThroughAttribute"] = null,
        ["System.Diagnostics.DebuggerDisplayAttribute"] = null,
        ["System.Diagnostics.DebuggerNonUserCodeAttribute"] = null,
        ["System.Reflection.DefaultMemberAttribute"] = null,
        // A script's generated <Initialize> method is async; source may not name any of these.
        ["System.Runtime.CompilerServices.AsyncTaskMethodBuilder`1"] = null,
        ["System.Runtime.CompilerServices.IAsyncStateMachine"] = null,
        ["System.Runtime.CompilerServices.AsyncStateMachineAttribute"] = null,
        ["System.Threading.Tasks.Task`1"] = [],
        ["System.Type"] = ["GetTypeFromHandle", "op_Equality", "op_Inequality"],
        ["System.RuntimeTypeHandle"] = null,
        ["System.RuntimeFieldHandle"] = null,
        ["System.Environment"] = ["get_CurrentManagedThreadId"],
        ["System.Threading.Interlocked"] = ["CompareExchange"],
        ["System.Threading.Monitor"] = ["Enter", "Exit"],
    };

    /// <summary>Whether source may name this framework type (metadata name, e.g. "System.Collections.Generic.List`1").</summary>
    public static bool IsTypeAllowed(string ns, string name)
    {
        if (ns == "System") return AllowedSystemTypes.Contains(name) || name.StartsWith("ValueTuple`", StringComparison.Ordinal)
            || name.StartsWith("Tuple`", StringComparison.Ordinal) || name.StartsWith("Func`", StringComparison.Ordinal)
            || name.StartsWith("Action", StringComparison.Ordinal) && !name.Contains("Activator")
            || name.EndsWith("Exception", StringComparison.Ordinal) && name is not ("AppDomainUnloadedException" or "EntryPointNotFoundException");
        return AllowedNamespaces.Contains(ns) && !(ns == "System.Text" && name is not ("StringBuilder" or "Rune"));
    }

    /// <summary>Whether source may use this member of an allowed framework type.</summary>
    public static bool IsMemberAllowed(string ns, string typeName, string member) => (ns, typeName) switch
    {
        ("System", "Console") => AllowedConsoleMembers.Contains(member),
        ("System", "Object") => member is not "GetType",
        _ => true,
    };

    /// <summary>Whether the emitted assembly may reference this member (source rules plus compiler support).</summary>
    public static bool IsReferenceAllowed(string ns, string typeName, string? member)
    {
        var outerName = typeName.Split('/')[0];
        if (IsTypeAllowed(ns, outerName)) return member is null || IsMemberAllowed(ns, outerName, member);
        if (!CompilerSupport.TryGetValue($"{ns}.{outerName}", out var members)) return false;
        return member is null || members is null || members.Contains(member) || member == ".ctor" && members is null;
    }
}
