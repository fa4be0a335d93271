// expect: TimeLimitExceeded
// why: top-level script statements run before any test
var forever = 0; while (true) forever++;
double[] DoubleIt(double[] x) => x;
