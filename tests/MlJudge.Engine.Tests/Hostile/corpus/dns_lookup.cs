// expect: CompilationError
// why: networking is not available
double[] DoubleIt(double[] x) { var a = System.Net.Dns.GetHostAddresses("example.com"); return x; }
