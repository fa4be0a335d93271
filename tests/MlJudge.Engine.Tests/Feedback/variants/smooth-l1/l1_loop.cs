// problem: smooth-l1
// expect: plain-l1
double SmoothL1(double[] predictions, double[] targets, double beta)
{
    double s = 0;
    for (int i = 0; i < predictions.Length; i++) s += Math.Abs(targets[i] - predictions[i]);
    return s / predictions.Length;
}
