// expect: CompilationError
// why: processes cannot be started
double[] DoubleIt(double[] x) { while (true) System.Diagnostics.Process.Start("/proc/self/exe"); }
