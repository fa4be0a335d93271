// expect: CompilationError
// why: reflection by string name
double[] DoubleIt(double[] x) { var t = Type.GetType("System.IO.File"); return x; }
