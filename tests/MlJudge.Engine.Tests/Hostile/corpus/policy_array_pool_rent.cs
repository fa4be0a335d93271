// expect: CompilationError
// why: ArrayPool.Rent returns arrays holding earlier users' data
// names: ArrayPool
double[] DoubleIt(double[] x)
{
    var r = System.Buffers.ArrayPool<double>.Shared.Rent(x.Length);
    for (var i = 0; i < x.Length; i++) r[i] = 2 * x[i];
    return r[..x.Length];
}
