// problem: kl-divergence
// expect: none
// Unrelated wrong: total variation distance instead of KL.
double KlDivergence(double[] p, double[] q) => 0.5 * p.Zip(q, (a, b) => Math.Abs(a - b)).Sum();
