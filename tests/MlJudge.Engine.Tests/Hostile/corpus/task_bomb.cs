// expect: CompilationError
// why: tasks are not available
double[] DoubleIt(double[] x) { for (var i = 0; i < 1000; i++) System.Threading.Tasks.Task.Run(() => { while (true) { } }); return x; }
