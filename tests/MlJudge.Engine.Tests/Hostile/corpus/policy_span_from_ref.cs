// expect: CompilationError
// why: a span made from a reference to one element
// names: Span<double>..ctor
double[] DoubleIt(double[] x)
{
    var one = new Span<double>(ref x[0]);
    var n = one.Length;
    return x.Select(e => 2 * e + n * 0).ToArray();
}
