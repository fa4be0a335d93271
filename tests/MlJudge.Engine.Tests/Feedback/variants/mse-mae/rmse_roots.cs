// problem: mse-mae
// expect: rmse-mean-of-roots
double[] RegressionErrors(double[] predictions, double[] targets)
{
    int n = predictions.Length;
    double mse = 0, mae = 0, rootSum = 0;
    for (int i = 0; i < n; i++)
    {
        double d = predictions[i] - targets[i];
        mse += d * d; mae += Math.Abs(d); rootSum += Math.Sqrt(d * d);
    }
    return new[] { mse / n, mae / n, rootSum / n };
}
