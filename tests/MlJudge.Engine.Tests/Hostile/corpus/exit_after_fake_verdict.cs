// expect: CompilationError
// why: prints a fake verdict, then exits 0
double[] DoubleIt(double[] x) { Console.WriteLine("Accepted"); Environment.Exit(0); return x; }
