// expect: CompilationError
// why: code that runs when the assembly loads
public class Solution
{
    [System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() { while (true) { } }
    public double[] DoubleIt(double[] x) => x;
}
