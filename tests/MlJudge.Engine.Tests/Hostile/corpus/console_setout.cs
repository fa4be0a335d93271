// expect: CompilationError
// why: replacing the console writer
double[] DoubleIt(double[] x) { Console.SetOut(new System.IO.StringWriter()); return x; }
