// expect: CompilationError
// why: Vector.LoadUnsafe reads past the array (other objects, other tests' data)
// names: Vector.LoadUnsafe
using System.Numerics;
double[] DoubleIt(double[] x)
{
    var probe = new double[1];
    var leak = Vector.LoadUnsafe(ref probe[0], 64);
    return x.Select(v => 2 * v + leak[0] * 0).ToArray();
}
