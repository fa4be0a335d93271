// expect: CompilationError
// why: System.Runtime.Intrinsics is not referenced at all: Vector128.LoadUnsafe cannot even be named
// names: Intrinsics
double[] DoubleIt(double[] x)
{
    var v = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref x[0], 1000);
    return x.Select(e => 2 * e).ToArray();
}
