// expect: CompilationError
// why: signal handlers
double[] DoubleIt(double[] x) { using var r = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => c.Cancel = true); return x; }
