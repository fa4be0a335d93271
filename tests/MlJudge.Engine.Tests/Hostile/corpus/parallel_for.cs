// expect: CompilationError
// why: Parallel is not available
double[] DoubleIt(double[] x) { System.Threading.Tasks.Parallel.For(0, 100, i => { }); return x; }
