// expect: CompilationError
// why: GC.AllocateUninitializedArray returns memory that may hold another object's old bytes
// names: System.GC
double[] DoubleIt(double[] x)
{
    var r = GC.AllocateUninitializedArray<double>(x.Length);
    for (var i = 0; i < x.Length; i++) r[i] = 2 * x[i];
    return r;
}
