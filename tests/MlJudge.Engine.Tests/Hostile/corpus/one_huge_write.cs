// expect: OutputLimitExceeded
// why: a single 10 MB write
double[] DoubleIt(double[] x) { Console.Write(new string('x', 10_000_000)); return x; }
