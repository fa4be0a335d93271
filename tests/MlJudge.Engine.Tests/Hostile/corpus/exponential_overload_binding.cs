// expect: CompilationError
// why: nested lambdas against overloads bind in exponential time
public class Solution
{
    static int M(Func<int, int> f) => 0;
    static int M(Func<long, int> f) => 0;
    static int M(Func<double, int> f) => 0;
    public double[] DoubleIt(double[] x) { var r = M(a11 => M(a10 => M(a9 => M(a8 => M(a7 => M(a6 => M(a5 => M(a4 => M(a3 => M(a2 => M(a1 => M(a0 => 0)))))))))))); return x; }
}
