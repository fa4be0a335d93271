// expect: CompilationError
// why: networking is not available
double[] DoubleIt(double[] x) { using var c = new System.Net.Sockets.TcpClient("127.0.0.1", 5432); return x; }
