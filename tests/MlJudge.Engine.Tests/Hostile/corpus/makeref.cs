// expect: CompilationError
// why: __makeref and TypedReference
double[] DoubleIt(double[] x) { var r = __makeref(x); return x; }
