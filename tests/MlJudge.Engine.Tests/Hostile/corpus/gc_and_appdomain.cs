// expect: CompilationError
// why: GC and AppDomain control
double[] DoubleIt(double[] x) { GC.Collect(); AppDomain.CurrentDomain.UnhandledException += (s, e) => { }; return x; }
