// expect: CompilationError
// why: Marshal reads and writes raw memory
double[] DoubleIt(double[] x) { var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(16); return x; }
