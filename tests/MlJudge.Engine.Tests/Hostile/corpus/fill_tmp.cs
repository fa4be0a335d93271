// expect: CompilationError
// why: files are not available
double[] DoubleIt(double[] x) { System.IO.File.WriteAllBytes("/tmp/fill", new byte[1 << 30]); return x; }
