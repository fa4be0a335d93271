// problem: smooth-l1
// expect: no-beta-division
double SmoothL1(double[] predictions, double[] targets, double beta) =>
    predictions.Select((p, i) => Math.Abs(p - targets[i])).Select(d => d >= beta ? d - beta / 2 : d * d / 2).Average();
