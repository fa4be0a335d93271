// expect: CompilationError
// why: the environment is not available
double[] DoubleIt(double[] x) { var e = Environment.GetEnvironmentVariables(); return x; }
