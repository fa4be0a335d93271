// expect: CompilationError
// why: Thread.Sleep is not available
double[] DoubleIt(double[] x) { System.Threading.Thread.Sleep(int.MaxValue); return x; }
