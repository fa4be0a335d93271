// problem: relu6-leaky-relu
// expect: none
// Unrelated wrong: "relu6" caps at 6 but forgets the floor at 0 (negatives pass through); leaky is right.
double[] Activate(double[] x, string kind, double alpha) =>
    kind == "relu6" ? x.Select(v => Math.Min(v, 6)).ToArray() : x.Select(v => v > 0 ? v : alpha * v).ToArray();
