// expect: CompilationError
// why: string.GetPinnableReference hands out a reference into an immutable string
// names: GetPinnableReference
double[] DoubleIt(double[] x)
{
    ref readonly char c = ref "interned".GetPinnableReference();
    return x.Select(e => 2 * e).ToArray();
}
