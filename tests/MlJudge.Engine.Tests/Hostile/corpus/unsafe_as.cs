// expect: CompilationError
// why: Unsafe.As reinterprets references
double[] DoubleIt(double[] x) { var s = System.Runtime.CompilerServices.Unsafe.As<string>(x); return x; }
