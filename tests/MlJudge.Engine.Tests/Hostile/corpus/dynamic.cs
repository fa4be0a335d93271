// expect: CompilationError
// why: dynamic binds at run time
double[] DoubleIt(double[] x) { dynamic d = x; return d; }
