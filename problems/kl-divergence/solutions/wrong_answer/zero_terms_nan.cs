// No special cases: 0 * log(0 / q) is NaN.
double KlDivergence(double[] p, double[] q) => p.Zip(q, (a, b) => a * Math.Log(a / b)).Sum();
