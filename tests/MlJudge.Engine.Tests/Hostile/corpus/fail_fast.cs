// expect: CompilationError
// why: Environment.FailFast
double[] DoubleIt(double[] x) { Environment.FailFast("Accepted"); return x; }
