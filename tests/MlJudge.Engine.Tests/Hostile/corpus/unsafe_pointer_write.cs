// expect: CompilationError
// why: unsafe code is off
unsafe double[] DoubleIt(double[] x) { fixed (double* p = x) { p[1_000_000] = 1; } return x; }
