// expect: CompilationError
// why: Activator creates arbitrary types
double[] DoubleIt(double[] x) { var o = Activator.CreateInstance(typeof(List<int>)); return x; }
