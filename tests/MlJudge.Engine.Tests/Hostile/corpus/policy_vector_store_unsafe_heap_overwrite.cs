// expect: CompilationError
// why: Vector.StoreUnsafe writes past the array into the heap without the unsafe keyword
// names: Vector.StoreUnsafe
using System.Numerics;
double[] DoubleIt(double[] x)
{
    var r = new double[Math.Max(x.Length, 1)];
    var junk = new Vector<double>(123456789.0);
    for (nuint i = 0; i < 4096; i += (nuint)Vector<double>.Count) Vector.StoreUnsafe(junk, ref r[0], (nuint)r.Length + i);
    for (var i = 0; i < x.Length; i++) r[i] = 2 * x[i];
    return r;
}
