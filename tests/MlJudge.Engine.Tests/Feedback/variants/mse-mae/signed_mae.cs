// problem: mse-mae
// expect: signed-mae
double[] RegressionErrors(double[] predictions, double[] targets)
{
    double sq = 0, diff = 0;
    for (int i = 0; i < predictions.Length; i++) { var d = predictions[i] - targets[i]; sq += d * d; diff += d; }
    var mse = sq / predictions.Length;
    return new[] { mse, diff / predictions.Length, Math.Sqrt(mse) };
}
