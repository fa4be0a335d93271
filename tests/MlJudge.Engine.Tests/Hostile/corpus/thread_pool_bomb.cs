// expect: CompilationError
// why: the thread pool is not available
double[] DoubleIt(double[] x) { for (var i = 0; i < 10000; i++) System.Threading.ThreadPool.QueueUserWorkItem(_ => { while (true) { } }); return x; }
