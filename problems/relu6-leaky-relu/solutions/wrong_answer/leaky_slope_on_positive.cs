// Applies alpha on the wrong side: positive inputs are scaled, negative ones kept.
double[] Activate(double[] x, string kind, double alpha) =>
    kind == "relu6" ? x.Select(v => Math.Min(Math.Max(v, 0), 6)).ToArray() : x.Select(v => v > 0 ? alpha * v : v).ToArray();
