// expect: CompilationError
// why: MemoryMarshal builds spans over arbitrary memory
double[] DoubleIt(double[] x) { var s = System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref x[0], 1 << 20); return x; }
