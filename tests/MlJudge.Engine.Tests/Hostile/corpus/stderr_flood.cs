// expect: CompilationError
// why: standard error is not available
double[] DoubleIt(double[] x) { while (true) Console.Error.WriteLine("spam"); }
