// expect: CompilationError
// why: 12 nested lambdas passed to three generic overloads: type inference binds each body once per candidate, 3^12 times
// names: lambdas nest deeper
public class Solution
{
    static T M<T>(Func<int, T> f) => default!;
    static T M<T>(Func<long, T> f) => default!;
    static T M<T>(Func<double, T> f) => default!;
    public double[] DoubleIt(double[] x) { var r = M(a0 => M(a1 => M(a2 => M(a3 => M(a4 => M(a5 => M(a6 => M(a7 => M(a8 => M(a9 => M(a10 => M(a11 => 0)))))))))))); return x; }
}
