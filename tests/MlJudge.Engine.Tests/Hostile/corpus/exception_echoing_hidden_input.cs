// expect: RuntimeError
// why: an exception message carrying the hidden input must not reach the learner
double[] DoubleIt(double[] x) { if (x.Length == 2) throw new Exception("input " + string.Join(",", x)); return x.Select(v => v * 2).ToArray(); }
