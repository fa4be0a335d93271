// expect: RuntimeError
// why: a 4-million-character exception message is cut in the runner; it neither overflows the reply nor reaches a hidden test
double[] DoubleIt(double[] x) => throw new InvalidOperationException(new string('3', 4_000_000) + string.Join(",", x));
