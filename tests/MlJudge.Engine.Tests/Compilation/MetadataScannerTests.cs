using MlJudge.Engine.Compilation;
using MlJudge.Engine.Trusted;

namespace MlJudge.Engine.Tests.Compilation;

/// <summary>
/// The second wall alone: assemblies emitted with no source policy at all, as if the semantic checks had a
/// hole, must still be refused by the scan of the emitted metadata.
/// </summary>
public class MetadataScannerTests
{
    private static List<string> Scan(string source) => MetadataScanner.Scan(TrustedCompiler.Emit(source));

    [Fact]
    public void Plain_code_passes_the_scan()
    {
        Assert.Empty(Scan("public class Solution { public static double[] F(double[] x) => x.Select(v => v * 2).ToArray(); }"));
    }

    [Fact]
    public void An_UnsafeAccessor_extern_that_reaches_private_framework_code_is_refused()
    {
        var problems = Scan("""
            using System.Runtime.CompilerServices;
            public class Solution
            {
                [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_firstChar")]
                static extern ref char FirstChar(string s);
            }
            """);
        Assert.Contains(problems, p => p.Contains("extern"));
        Assert.Contains(problems, p => p.Contains("UnsafeAccessorAttribute"));
    }

    [Fact]
    public void A_P_Invoke_is_refused()
    {
        Assert.Contains(Scan("""
            public class Solution { [System.Runtime.InteropServices.DllImport("libc")] static extern int getpid(); }
            """), p => p.Contains("native import"));
    }

    [Fact]
    public void References_to_forbidden_framework_types_are_refused_even_without_source_checks()
    {
        var problems = Scan("""
            public class Solution
            {
                public static string F() => System.IO.File.ReadAllText("/etc/passwd") + System.Environment.MachineName
                    + typeof(string).GetMethods().Length + System.Runtime.CompilerServices.Unsafe.SizeOf<int>();
            }
            """);
        Assert.Contains(problems, p => p.Contains("System.IO.File"));
        Assert.Contains(problems, p => p.Contains("System.Environment.get_MachineName"));
        Assert.Contains(problems, p => p.Contains("System.Type.GetMethods"));
        Assert.Contains(problems, p => p.Contains("System.Runtime.CompilerServices.Unsafe"));
    }

    [Fact]
    public void Finalizers_explicit_layout_and_module_initializers_are_refused()
    {
        Assert.Contains(Scan("public class Solution { ~Solution() { } }"), p => p.Contains("finalizers"));
        Assert.Contains(Scan("""
            [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)]
            public struct Overlay { [System.Runtime.InteropServices.FieldOffset(0)] public long A; }
            """), p => p.Contains("explicit layout"));
        Assert.Contains(Scan("""
            public static class Init { [System.Runtime.CompilerServices.ModuleInitializer] public static void Run() { } }
            """), p => p.Contains("module initializers") || p.Contains("ModuleInitializer"));
    }
}
