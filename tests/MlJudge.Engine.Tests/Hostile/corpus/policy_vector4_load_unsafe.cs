// expect: CompilationError
// why: Vector4.LoadUnsafe with an element offset reads outside a float[]
// names: Vector4.LoadUnsafe
using System.Numerics;
double[] DoubleIt(double[] x)
{
    var f = new float[4];
    var v = Vector4.LoadUnsafe(ref f[0], 1000);
    return x.Select(e => 2 * e + v.X * 0).ToArray();
}
