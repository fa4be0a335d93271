// expect: CompilationError
// why: threads are not available
double[] DoubleIt(double[] x) { new System.Threading.Thread(() => { while (true) { } }).Start(); return x; }
