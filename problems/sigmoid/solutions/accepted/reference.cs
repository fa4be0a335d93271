double[] Sigmoid(double[] x) => x.Select(v => v >= 0 ? 1 / (1 + Math.Exp(-v)) : Math.Exp(v) / (1 + Math.Exp(v))).ToArray();
