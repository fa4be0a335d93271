// expect: CompilationError
// why: compiling expression trees emits code at run time
double[] DoubleIt(double[] x) { System.Linq.Expressions.Expression<Func<double, double>> e = v => v * 2; var f = e.Compile(); return x.Select(f).ToArray(); }
