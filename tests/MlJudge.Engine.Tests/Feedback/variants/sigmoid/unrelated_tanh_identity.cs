// problem: sigmoid
// expect: none
// Unrelated wrong (adversarial to naive-formula: also fails on very negative inputs): uses 0.5 * (1 + tanh(x/2)), which cancels catastrophically and loses relative accuracy (and goes to 0) in the negative tail.
double[] Sigmoid(double[] x) => x.Select(v => 0.5 * (1 + Math.Tanh(v / 2))).ToArray();
