// expect: WrongAnswer
// why: a length derived from the hidden input (here 300 when x[0] is 1e300) must not appear in a hidden message
double[] DoubleIt(double[] x) => x.Length == 2 ? new double[(int)Math.Log10(x[0])] : x.Select(v => v * 2).ToArray();
