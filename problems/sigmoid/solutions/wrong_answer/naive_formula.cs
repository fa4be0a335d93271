// The textbook formula: e^{-x} overflows for very negative x and the tiny result collapses to 0.
double[] Sigmoid(double[] x) => x.Select(v => 1 / (1 + Math.Exp(-v))).ToArray();
