// Clips inputs to [-30, 30] "for safety", as some frameworks do: wrong far in the tails.
double[] Sigmoid(double[] x) => x.Select(v => Math.Clamp(v, -30, 30)).Select(v => v >= 0 ? 1 / (1 + Math.Exp(-v)) : Math.Exp(v) / (1 + Math.Exp(v))).ToArray();
