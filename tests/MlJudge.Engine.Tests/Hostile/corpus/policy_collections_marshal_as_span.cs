// expect: CompilationError
// why: CollectionsMarshal.AsSpan/SetCount expose a List's backing array, including slots past Count
// names: CollectionsMarshal
using System.Runtime.InteropServices;
double[] DoubleIt(double[] x)
{
    var l = new List<double>(x);
    CollectionsMarshal.SetCount(l, 1 << 20);
    var s = CollectionsMarshal.AsSpan(l);
    return x.Select(e => 2 * e).ToArray();
}
