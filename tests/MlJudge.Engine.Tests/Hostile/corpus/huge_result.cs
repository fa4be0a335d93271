// expect: OutputLimitExceeded
// why: returns a result too large to send back
double[] DoubleIt(double[] x) { var r = new double[3_000_000]; Array.Fill(r, 1.0 / 3); return r; }
