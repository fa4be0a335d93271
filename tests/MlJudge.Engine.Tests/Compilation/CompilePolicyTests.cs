using MlJudge.Engine.Compilation;

namespace MlJudge.Engine.Tests.Compilation;

/// <summary>The compile-time walls, exercised in-process (the compile host runs exactly this code).</summary>
public class CompilePolicyTests
{
    private static readonly SubmissionCompiler Compiler = new();

    private static CompileResponse Compile(string source) =>
        Compiler.Compile(new CompileRequest(1, source, "F", ["double[]"], ["x"], "double[]"));

    private static void AssertRejected(string source, string because)
    {
        var result = Compile(source);
        Assert.False(result.Success, $"expected a rejection ({because}) but it compiled");
        Assert.Contains(because, result.Message!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Both_submission_forms_compile_with_implicit_usings()
    {
        Assert.True(Compile("double[] F(double[] x) => x.Select(Math.Exp).ToArray();").Success);
        var classForm = Compile("public class Solution { public static double[] F(double[] x) { var l = new List<double>(x); return l.ToArray(); } }");
        Assert.True(classForm.Success, classForm.Message);
        Assert.False(classForm.Script);
    }

    [Fact]
    public void Ordinary_exercise_code_is_allowed()
    {
        var result = Compile("""
            using System.Text;
            using System.Numerics;
            record Box(double X1, double Y1);
            IEnumerable<int> Count(int n) { for (var i = 0; i < n; i++) yield return i; }
            double[] F(double[] x)
            {
                var sb = new StringBuilder();
                sb.Append($"{x.Length} items");
                Console.WriteLine(sb.ToString());
                Span<double> tmp = stackalloc double[4];
                var rng = new Random(1);
                var big = BigInteger.Pow(2, 80);
                var dict = new Dictionary<int, double> { [1] = rng.NextDouble() };
                var sorted = x.OrderBy(v => v).ThenBy(v => -v).ToArray();
                var box = new Box(1, 2) with { X1 = 3 };
                var tuple = (a: 1, b: 2.0);
                int[] arr = [1, 2, 3];
                var offset = tuple.b + box.X1 + arr[0] + (double)(big % 7) + dict[1] * 0 + tmp[0];
                return sorted.Concat(Count(2).Select(i => i + offset)).ToArray();
            }
            """);
        Assert.True(result.Success, result.Message);
    }

    [Fact]
    public void A_missing_entry_point_is_a_compilation_error_showing_the_expected_signature()
    {
        var result = Compile("float[] F(double[] values) => null;");
        Assert.False(result.Success);
        Assert.Contains("`double[] F(double[] x)`", result.Message);
        Assert.Contains("Found: float[] F(double[])", result.Message);
        Assert.Equal(1, result.Diagnostics[0].Line);
    }

    [Fact]
    public void Syntax_errors_carry_line_and_column()
    {
        var result = Compile("double[] F(double[] x)\n{\n    return x\n}");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CS1002", diagnostic.Id);
        Assert.Equal(3, diagnostic.Line);
        Assert.Equal(13, diagnostic.Column);
    }

    [Theory]
    [InlineData("double[] F(double[] x) { System.IO.File.ReadAllText(\"/etc/passwd\"); return x; }", "System.IO.File")]
    [InlineData("double[] F(double[] x) { var e = Environment.GetEnvironmentVariable(\"PATH\"); return x; }", "System.Environment")]
    [InlineData("double[] F(double[] x) { Environment.Exit(0); return x; }", "System.Environment")]
    [InlineData("double[] F(double[] x) { Environment.FailFast(\"Accepted\"); return x; }", "System.Environment")]
    [InlineData("double[] F(double[] x) { var t = typeof(string).GetMethods(); return x; }", "System.Reflection")]
    [InlineData("double[] F(double[] x) { var t = x.GetType(); return x; }", "System.Type")]
    [InlineData("double[] F(double[] x) { var o = Activator.CreateInstance(typeof(object)); return x; }", "Activator")]
    [InlineData("double[] F(double[] x) { new System.Threading.Thread(() => { }).Start(); return x; }", "Thread")]
    [InlineData("double[] F(double[] x) { System.Threading.Tasks.Task.Run(() => 1); return x; }", "Task")]
    [InlineData("double[] F(double[] x) { System.Threading.Thread.Sleep(100000); return x; }", "Thread")]
    [InlineData("double[] F(double[] x) { System.Diagnostics.Process.Start(\"sh\"); return x; }", "Process")]
    [InlineData("double[] F(double[] x) { var s = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp); return x; }", "System.Net")]
    [InlineData("double[] F(double[] x) { dynamic d = x; return d; }", "dynamic")]
    [InlineData("double[] F(double[] x) { int i = 1; var r = __makeref(i); return x; }", "TypedReference")]
    [InlineData("double[] F(double[] x) { Console.SetOut(Console.Error); return x; }", "Console.SetOut")]
    [InlineData("double[] F(double[] x) { var s = Console.OpenStandardOutput(); return x; }", "System.IO.Stream")]
    [InlineData("double[] F(double[] x) { GC.Collect(); return x; }", "System.GC")]
    [InlineData("double[] F(double[] x) { AppContext.SetSwitch(\"a\", true); return x; }", "System.AppContext")]
    [InlineData("double[] F(double[] x) { var y = System.Runtime.CompilerServices.Unsafe.As<double[]>(x); return y; }", "Unsafe")]
    [InlineData("double[] F(double[] x) { var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(8); return x; }", "Marshal")]
    [InlineData("double[] F(double[] x) { var s = System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref x[0], 100); return x; }", "MemoryMarshal")]
    [InlineData("double[] F(double[] x) { System.Runtime.InteropServices.NativeLibrary.Load(\"libc.so.6\"); return x; }", "NativeLibrary")]
    [InlineData("double[] F(double[] x) { System.Linq.Expressions.Expression<Func<int>> e = () => 1; e.Compile(); return x; }", "Expression")]
    [InlineData("double[] F(double[] x) { using var r = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, _ => { }); return x; }", "PosixSignalRegistration")]
    [InlineData("double[] F(double[] x) { var a = AppDomain.CurrentDomain; return x; }", "AppDomain")]
    public void Forbidden_apis_are_compilation_errors_naming_the_symbol(string source, string symbol) => AssertRejected(source, symbol);

    [Fact]
    public void Unsafe_code_and_function_pointers_do_not_compile()
    {
        Assert.False(Compile("unsafe double[] F(double[] x) { fixed (double* p = x) { p[100000] = 1; } return x; }").Success);
        Assert.False(Compile("public class Solution { static unsafe delegate*<void> P; public double[] F(double[] x) => x; }").Success);
    }

    [Fact]
    public void Extern_members_and_dll_imports_are_rejected()
    {
        // The interop attributes are not even among the reference assemblies submissions compile against;
        // MetadataScannerTests shows the scan refusing them when they do get through.
        Assert.False(Compile("""
            public class Solution
            {
                [System.Runtime.InteropServices.DllImport("libc")] static extern int getpid();
                public double[] F(double[] x) => x;
            }
            """).Success);
        AssertRejected("public class Solution { static extern int Secret(); public double[] F(double[] x) => x; }", "extern");
        Assert.False(Compile("""
            public class Solution
            {
                [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.StaticMethod, Name = "ReadAllText")]
                static extern string Read(string path);
                public double[] F(double[] x) => x;
            }
            """).Success);
    }

    [Fact]
    public void Finalizers_explicit_layout_and_module_initializers_are_rejected()
    {
        AssertRejected("public class Solution { ~Solution() { } public double[] F(double[] x) => x; }", "finalizers");
        AssertRejected("""
            [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)]
            struct Overlay { [System.Runtime.InteropServices.FieldOffset(0)] public object O; [System.Runtime.InteropServices.FieldOffset(0)] public double[] D; }
            public class Solution { public double[] F(double[] x) => x; }
            """, "not allowed");
        // A submission may declare its own attribute under the well-known name; Roslyn would honour it.
        AssertRejected("""
            namespace System.Runtime.CompilerServices { public sealed class ModuleInitializerAttribute : Attribute { } }
            public class Solution
            {
                [System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() { }
                public double[] F(double[] x) => x;
            }
            """, "not allowed");
    }

    [Fact]
    public void A_user_declared_System_type_is_the_users_own_code_and_cannot_reach_the_real_one()
    {
        var result = Compile("""
            namespace System.IO { public static class File { public static string ReadAllText(string p) => "mine"; } }
            public class Solution { public double[] F(double[] x) { var s = System.IO.File.ReadAllText("/etc/passwd"); return x; } }
            """);
        Assert.True(result.Success, result.Message);
    }

    [Fact]
    public void Script_directives_cannot_load_references_or_files()
    {
        Assert.False(Compile("#r \"System.IO.FileSystem\"\ndouble[] F(double[] x) => x;").Success);
        Assert.False(Compile("#load \"/etc/passwd\"\ndouble[] F(double[] x) => x;").Success);
    }

    [Fact]
    public void Deeply_nested_source_is_refused_before_the_parser_sees_it()
    {
        var source = "double[] F(double[] x) { var a = " + new string('(', 20_000) + "1" + new string(')', 20_000) + "; return x; }";
        AssertRejected(source, "nest deeper");
    }

    [Fact]
    public void Oversized_source_is_refused()
    {
        AssertRejected("double[] F(double[] x) => x;\n//" + new string('x', 70_000), "64 KiB");
    }

    [Fact]
    public void The_number_of_diagnostics_returned_is_capped()
    {
        var source = "double[] F(double[] x) => x;\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"int G{i}() => undefined{i};\n"));
        var result = Compile(source);
        Assert.Equal(SubmissionCompiler.MaxDiagnostics, result.Diagnostics.Count);
    }
}
