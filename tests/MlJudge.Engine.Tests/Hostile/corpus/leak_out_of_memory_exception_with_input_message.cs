// expect: RuntimeError
// why: a hand-thrown OutOfMemoryException is not the GC's failure (no MemoryLimitExceeded), and its message carries the input
double[] DoubleIt(double[] x) => x.Length == 2 ? throw new OutOfMemoryException("input " + string.Join(",", x)) : x.Select(v => v * 2).ToArray();
