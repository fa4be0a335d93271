// expect: CompilationError
// why: timers run code on other threads
double[] DoubleIt(double[] x) { var t = new System.Threading.Timer(_ => { }, null, 0, 1); return x; }
