// expect: CompilationError
// why: __arglist
public class Solution { static void V(__arglist) { } public double[] DoubleIt(double[] x) { V(__arglist(1)); return x; } }
