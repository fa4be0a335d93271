// expect: CompilationError
// why: files are not available
double[] DoubleIt(double[] x) { var s = System.IO.File.ReadAllBytes("/proc/1/environ"); return x; }
