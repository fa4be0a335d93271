// Returns the local derivative without multiplying by the upstream gradient.
double[] SigmoidBackward(double[] x, double[] upstream) =>
    x.Select(v => { var e = Math.Exp(-Math.Abs(v)); return e / ((1 + e) * (1 + e)); }).ToArray();
