double Sigmoid(double v) => v >= 0 ? 1 / (1 + Math.Exp(-v)) : Math.Exp(v) / (1 + Math.Exp(v));

double[] SigmoidBackward(double[] x, double[] upstream) =>
    x.Select((v, i) => upstream[i] * Sigmoid(v) * Sigmoid(-v)).ToArray();
