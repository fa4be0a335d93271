// expect: CompilationError
// why: files are not available
double[] DoubleIt(double[] x) { var s = System.IO.File.ReadAllText("/etc/passwd"); return x; }
