// expect: CompilationError
// why: loads a native library by hand
double[] DoubleIt(double[] x) { var h = System.Runtime.InteropServices.NativeLibrary.Load("libc.so.6"); return x; }
