// problem: sigmoid
// expect: none
// Unrelated wrong (the mirror image of the naive formula): uses e^x / (1 + e^x) for every input, which is NaN (inf/inf) for x above ~709 instead of losing tiny negatives.
double[] Sigmoid(double[] x) => x.Select(v => Math.Exp(v) / (1 + Math.Exp(v))).ToArray();
