// Plain mean absolute error: no quadratic zone.
double SmoothL1(double[] predictions, double[] targets, double beta) =>
    predictions.Zip(targets, (p, t) => Math.Abs(p - t)).Average();
