// expect: CompilationError
// why: declares its own ModuleInitializerAttribute, which Roslyn honours by name
namespace System.Runtime.CompilerServices { public sealed class ModuleInitializerAttribute : Attribute { } }
public class Solution
{
    [System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() { }
    public double[] DoubleIt(double[] x) => x;
}
