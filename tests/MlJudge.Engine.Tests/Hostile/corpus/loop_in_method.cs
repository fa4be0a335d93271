// expect: TimeLimitExceeded
// why: a busy loop that never returns
double[] DoubleIt(double[] x) { while (true) { } }
