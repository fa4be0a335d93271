// expect: Accepted
// why: ordinary span and Vector<T> code over arrays (and stackalloc) is bounds-checked and stays allowed
using System.Numerics;
double[] DoubleIt(double[] x)
{
    Span<double> scratch = stackalloc double[2];
    var r = new double[x.Length];
    var w = Vector<double>.Count;
    var i = 0;
    for (; i + w <= x.Length; i += w) (new Vector<double>(x, i) * 2).CopyTo(r, i);
    for (; i < x.Length; i++) r[i] = 2 * x[i];
    foreach (ref readonly var v in r.AsSpan()) scratch[0] += v;
    return r;
}
