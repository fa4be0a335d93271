// Forgets the cap at 6 (plain ReLU).
double[] Activate(double[] x, string kind, double alpha) =>
    kind == "relu6" ? x.Select(v => Math.Max(v, 0)).ToArray() : x.Select(v => v > 0 ? v : alpha * v).ToArray();
