// expect: CompilationError
// why: [UnsafeAccessor] reaches private framework members
using System.Runtime.CompilerServices;
public class Solution
{
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_firstChar")]
    static extern ref char FirstChar(string s);
    public double[] DoubleIt(double[] x) => x;
}
