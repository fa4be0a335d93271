// expect: CompilationError
// why: GetPinnableReference returns a reference even for an empty span (no bounds check)
// names: GetPinnableReference
double[] DoubleIt(double[] x)
{
    ref var r = ref x.AsSpan(0, 0).GetPinnableReference();
    return x.Select(e => 2 * e).ToArray();
}
