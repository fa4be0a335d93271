// expect: OutputLimitExceeded
// why: returns a result too large to send back
double[] DoubleIt(double[] x) { var r = new double[6_000_000]; for (var i = 0; i < r.Length; i++) r[i] = 1.0 / 3 + i; return r; }
