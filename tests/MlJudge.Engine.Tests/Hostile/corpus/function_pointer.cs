// expect: CompilationError
// why: function pointers need unsafe code
public unsafe class Solution { static delegate*<int> P; public double[] DoubleIt(double[] x) => x; }
