// expect: CompilationError
// why: reading stdin would block on the protocol channel
double[] DoubleIt(double[] x) { Console.ReadLine(); return x; }
