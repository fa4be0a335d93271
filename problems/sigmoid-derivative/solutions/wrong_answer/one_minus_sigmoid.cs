// sigma * (1 - sigma): 1 - sigma rounds to 0 in the right tail.
double[] SigmoidBackward(double[] x, double[] upstream) =>
    x.Select((v, i) => { var s = 1 / (1 + Math.Exp(-v)); return upstream[i] * s * (1 - s); }).ToArray();
