// expect: CompilationError
// why: the Vector2 overload of Vector.StoreUnsafe writes two floats past any element
// names: Vector.StoreUnsafe
using System.Numerics;
double[] DoubleIt(double[] x)
{
    var f = new float[1];
    Vector.StoreUnsafe(new Vector2(1, 2), ref f[0], 100);
    return x.Select(e => 2 * e).ToArray();
}
