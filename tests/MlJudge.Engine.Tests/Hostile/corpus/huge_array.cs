// expect: MemoryLimitExceeded
// why: one allocation far over the limit
double[] DoubleIt(double[] x) { var a = new double[int.MaxValue / 2]; a[^1] = 1; return x; }
