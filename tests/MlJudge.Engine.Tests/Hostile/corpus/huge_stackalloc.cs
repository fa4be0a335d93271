// expect: RuntimeError
// why: stackalloc far beyond the stack
double[] DoubleIt(double[] x) { Span<double> s = stackalloc double[100_000_000]; s[0] = 1; var k = s[0]; return x.Select(v => v * 2 * k).ToArray(); }
