// expect: CompilationError
// why: MemoryMarshal.Cast reinterprets memory (and GetReference skips bounds checks)
// names: MemoryMarshal
using System.Runtime.InteropServices;
double[] DoubleIt(double[] x)
{
    var bits = MemoryMarshal.Cast<double, long>(x.AsSpan());
    ref var first = ref MemoryMarshal.GetReference(x.AsSpan(0, 0));
    return x.Select(e => 2 * e).ToArray();
}
