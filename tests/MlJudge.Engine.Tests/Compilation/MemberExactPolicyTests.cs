using Microsoft.CodeAnalysis;
using MlJudge.Engine.Compilation;
using MlJudge.Engine.Trusted;
using Xunit.Abstractions;

namespace MlJudge.Engine.Tests.Compilation;

/// <summary>
/// The allow-list is member-exact: types are allowed by name, but every member of them whose signature can
/// be a window onto memory outside an object is refused, by rule, by both walls.
/// </summary>
public class MemberExactPolicyTests(ITestOutputHelper output)
{
    private static readonly SubmissionCompiler Compiler = new();

    private static CompileResponse Compile(string source) =>
        Compiler.Compile(new CompileRequest(1, source, "F", ["double[]"], ["x"], "double[]"));

    /// <summary>
    /// Walks every member of every allowed framework type in the reference assemblies (so a new framework
    /// version is walked too) and checks each the policy lets through against an independent statement of
    /// what "can reach outside an object" looks like in a signature.
    /// </summary>
    [Fact]
    public void No_allowed_framework_member_has_a_signature_that_can_reach_memory_outside_an_object()
    {
        var allowed = FrameworkMembers.All.Where(m => m.Refusal is null).ToList();
        output.WriteLine($"{FrameworkMembers.All.Count} members walked, {allowed.Count} allowed, {FrameworkMembers.All.Count - allowed.Count} refused");
        Assert.True(FrameworkMembers.All.Count > 5_000, "the walk must cover the framework's allowed types");
        Assert.Contains(allowed, m => m.Key.StartsWith("System.Numerics.Vector`1::op_Addition", StringComparison.Ordinal));

        var offenders = allowed.Select(m => (m.Key, Why: LooksUnbounded(m.Symbol))).Where(m => m.Why is not null).ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders.Select(o => $"{o.Key}: {o.Why}")));
    }

    private static string? LooksUnbounded(ISymbol symbol)
    {
        if (symbol.Name.Contains("unsafe", StringComparison.OrdinalIgnoreCase) || symbol.Name.Contains("pinnable", StringComparison.OrdinalIgnoreCase))
            return "unchecked by name";
        var containing = symbol.ContainingNamespace.ToDisplayString();
        if (containing.StartsWith("System.Runtime", StringComparison.Ordinal)) return "a runtime-services namespace";
        if (symbol is IFieldSymbol field) return Mentions(field.Type, t => t is IPointerTypeSymbol or IFunctionPointerTypeSymbol) ? "pointer field" : null;
        if (symbol is not IMethodSymbol method) return null;
        var types = method.Parameters.Select(p => p.Type).Append(method.ReturnType).ToList();
        if (types.Any(t => Mentions(t, u => u is IPointerTypeSymbol or IFunctionPointerTypeSymbol))) return "pointer in the signature";
        var byRefs = method.Parameters.Where(p => p.RefKind != RefKind.None && p.RefKind != RefKind.Out && !p.Type.IsReferenceType).ToList();
        var numbers = method.Parameters.Where(p => p.RefKind == RefKind.None && p.Type.SpecialType is >= SpecialType.System_SByte and <= SpecialType.System_UInt64
            or SpecialType.System_IntPtr or SpecialType.System_UIntPtr).ToList();
        if (byRefs.Count > 0 && numbers.Count > 0) return "a reference to a value together with an offset or length";
        if (byRefs.Count > 0 && (method.ReturnType.IsRefLikeType || method.MethodKind == MethodKind.Constructor && method.ContainingType.IsRefLikeType))
            return "a span made from a reference";
        if (method.RefKind != RefKind.None)
        {
            var owner = method.ContainingType.ContainingType ?? method.ContainingType;
            var spanElement = owner.ToDisplayString() is "System.Span<T>" or "System.ReadOnlySpan<T>" && method.Name is "get_Item" or "get_Current";
            if (!spanElement) return "returns a reference that is not a span's bounds-checked element";
        }
        return null;
    }

    private static bool Mentions(ITypeSymbol type, Func<ITypeSymbol, bool> predicate) => predicate(type) || type switch
    {
        IArrayTypeSymbol array => Mentions(array.ElementType, predicate),
        IPointerTypeSymbol pointer => Mentions(pointer.PointedAtType, predicate),
        INamedTypeSymbol named => named.TypeArguments.Any(t => Mentions(t, predicate)),
        _ => false,
    };

    [Theory]
    [InlineData("System.Numerics.Vector", "LoadUnsafe")]
    [InlineData("System.Numerics.Vector", "StoreUnsafe")]
    [InlineData("System.Numerics.Vector", "Load")]
    [InlineData("System.Numerics.Vector", "Store")]
    [InlineData("System.Numerics.Vector2", "LoadUnsafe")]
    [InlineData("System.Numerics.Vector3", "LoadUnsafe")]
    [InlineData("System.Numerics.Vector4", "LoadUnsafe")]
    [InlineData("System.Span`1", "GetPinnableReference")]
    [InlineData("System.ReadOnlySpan`1", "GetPinnableReference")]
    [InlineData("System.String", "GetPinnableReference")]
    [InlineData("System.IntPtr", "ToPointer")]
    public void Every_overload_of_an_unchecked_member_is_refused(string type, string member)
    {
        var overloads = FrameworkMembers.All.Where(m => m.Key.StartsWith($"{type}::{member}(", StringComparison.Ordinal) || m.Key.StartsWith($"{type}::{member}`", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(overloads);
        Assert.All(overloads, m => Assert.NotNull(m.Refusal));
        Assert.True(FrameworkMembers.IsNameRefused(type, member));
    }

    [Fact]
    public void Span_constructors_over_pointers_and_references_are_refused_but_over_arrays_allowed()
    {
        var constructors = FrameworkMembers.All.Where(m => m.Key.StartsWith("System.Span`1::.ctor(", StringComparison.Ordinal)).ToDictionary(m => m.Key, m => m.Refusal);
        Assert.NotNull(constructors["System.Span`1::.ctor(System.Void*,System.Int32):System.Void"]);
        Assert.NotNull(constructors["System.Span`1::.ctor(&!0):System.Void"]);
        Assert.Null(constructors["System.Span`1::.ctor(!0[]):System.Void"]);
        Assert.Null(constructors["System.Span`1::.ctor(!0[],System.Int32,System.Int32):System.Void"]);
    }

    [Theory]
    [InlineData("double[] F(double[] x) { var v = new System.Numerics.Vector<double>(x); System.Numerics.Vector.StoreUnsafe(v, ref x[0], 1_000_000); return x; }", "Vector.StoreUnsafe")]
    [InlineData("double[] F(double[] x) { var v = System.Numerics.Vector.LoadUnsafe(ref x[0], 1_000_000); return x; }", "Vector.LoadUnsafe")]
    [InlineData("double[] F(double[] x) { var v = System.Numerics.Vector.LoadUnsafe(ref x[0]); return x; }", "Vector.LoadUnsafe")]
    [InlineData("double[] F(double[] x) { var f = new float[1]; var v = System.Numerics.Vector4.LoadUnsafe(ref f[0], 100); return x; }", "Vector4.LoadUnsafe")]
    [InlineData("double[] F(double[] x) { var f = new float[1]; System.Numerics.Vector.StoreUnsafe(System.Numerics.Vector2.One, ref f[0], 100); return x; }", "Vector.StoreUnsafe")]
    [InlineData("double[] F(double[] x) { var v = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref x[0], 100); return x; }", "Intrinsics")]
    [InlineData("double[] F(double[] x) { var s = new Span<double>(ref x[0]); return x; }", "Span<double>..ctor")]
    [InlineData("double[] F(double[] x) { ref double r = ref x.AsSpan().GetPinnableReference(); return x; }", "GetPinnableReference")]
    [InlineData("double[] F(double[] x) { ref readonly char c = ref \"abc\".GetPinnableReference(); return x; }", "GetPinnableReference")]
    [InlineData("double[] F(double[] x) { var l = new List<double>(x); var s = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(l); return x; }", "CollectionsMarshal")]
    [InlineData("double[] F(double[] x) { var s = System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref x[0], 100); return x; }", "MemoryMarshal")]
    [InlineData("double[] F(double[] x) { var a = GC.AllocateUninitializedArray<double>(100); return a; }", "System.GC")]
    [InlineData("double[] F(double[] x) { var a = System.Buffers.ArrayPool<double>.Shared.Rent(100); return a; }", "ArrayPool")]
    public void Members_that_reach_outside_an_object_are_compilation_errors_naming_the_symbol(string source, string symbol)
    {
        var result = Compile(source);
        Assert.False(result.Success, $"expected a rejection naming {symbol} but it compiled");
        Assert.Contains(symbol, result.Message!, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_span_vector_and_collection_code_still_compiles()
    {
        var result = Compile("""
            using System.Numerics;
            using System.Text;
            double[] F(double[] x)
            {
                Span<double> scratch = stackalloc double[4];
                var view = x.AsSpan(0, Math.Min(2, x.Length));
                foreach (ref readonly var v in view) scratch[0] += v;
                ReadOnlySpan<double> ro = x;
                ref var first = ref scratch[0];
                first += ro.Length;
                var result = new double[x.Length];
                var width = Vector<double>.Count;
                var i = 0;
                for (; i + width <= x.Length; i += width)
                {
                    var v = new Vector<double>(x, i);
                    (v * 2 + Vector<double>.One).CopyTo(result, i);
                    scratch[1] += Vector.Dot(v, v) + Vector.Sum(Vector.Abs(v));
                }
                for (; i < x.Length; i++) result[i] = x[i] * 2 + 1;
                var fromSpan = new Vector<double>(result.AsSpan());
                var v2 = new Vector2(1, 2) + Vector2.One;
                var q = Math.DivRem(7, 2, out var remainder);
                Array.Resize(ref result, result.Length);
                int.TryParse("12", out var parsed);
                var sb = new StringBuilder();
                sb.Append($"{parsed} {remainder} {v2.X}");
                var dict = new Dictionary<string, List<double>> { ["a"] = x.ToList() };
                var sorted = dict["a"].OrderBy(d => d).ToArray();
                sorted.AsSpan().Sort();
                x.AsSpan().CopyTo(result);
                var extra = q * 0 + scratch[0] * 0 + fromSpan[0] * 0;
                return result.Zip(sorted, (a, b) => a + b * 0 + extra).ToArray();
            }
            """);
        Assert.True(result.Success, result.Message);
    }

    [Fact]
    public void The_metadata_scan_refuses_the_same_members_when_the_source_checks_are_skipped()
    {
        var problems = MetadataScanner.Scan(TrustedCompiler.Emit("""
            using System.Numerics;
            public class Solution
            {
                public static double F(double[] x, float[] f)
                {
                    var v = Vector.LoadUnsafe(ref x[0], 8);
                    Vector.StoreUnsafe(v, ref x[0], 8);
                    var w = Vector4.LoadUnsafe(ref f[0], 4);
                    var s = new Span<double>(ref x[0]);
                    ref readonly char c = ref "abc".GetPinnableReference();
                    return s[0] + w.X + c;
                }
            }
            """));
        Assert.Contains(problems, p => p.Contains("System.Numerics.Vector.LoadUnsafe"));
        Assert.Contains(problems, p => p.Contains("System.Numerics.Vector.StoreUnsafe"));
        Assert.Contains(problems, p => p.Contains("System.Numerics.Vector4.LoadUnsafe"));
        Assert.Contains(problems, p => p.Contains("System.Span`1..ctor"));
        Assert.Contains(problems, p => p.Contains("System.String.GetPinnableReference"));
    }

    [Fact]
    public void The_metadata_scan_passes_ordinary_span_and_vector_code()
    {
        var problems = MetadataScanner.Scan(TrustedCompiler.Emit("""
            using System.Numerics;
            public class Solution
            {
                public static double F(double[] x)
                {
                    Span<double> s = stackalloc double[2];
                    var v = new Vector<double>(x);
                    foreach (var d in x.AsSpan()) s[0] += d;
                    var l = new List<double>(x) { 1 };
                    return s[0] + Vector.Dot(v, v) + l.Count + new Span<double>(x, 0, 1)[0];
                }
            }
            """));
        Assert.Empty(problems);
    }
}
