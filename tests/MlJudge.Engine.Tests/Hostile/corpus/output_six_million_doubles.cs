// expect: OutputLimitExceeded
// why: about 110 MB of JSON: the runner streams it under the reply cap and stops at the cap, instead of buffering it whole
double[] DoubleIt(double[] x) { var r = new double[6_000_000]; Array.Fill(r, 1.0 / 3); return r; }
