// problem: softmax
// expect: none
// Unrelated wrong: returns a uniform distribution.
double[] Softmax(double[] logits) => logits.Select(_ => 1.0 / logits.Length).ToArray();
