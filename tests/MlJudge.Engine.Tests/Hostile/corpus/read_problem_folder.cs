// expect: CompilationError
// why: directory listing is not available
double[] DoubleIt(double[] x) { var f = System.IO.Directory.GetFiles("/", "*.json", System.IO.SearchOption.AllDirectories); return x; }
