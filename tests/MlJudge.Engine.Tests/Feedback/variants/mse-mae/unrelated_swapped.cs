// problem: mse-mae
// expect: none
// Unrelated wrong: returns the three figures in the wrong order.
double[] RegressionErrors(double[] predictions, double[] targets)
{
    var e = predictions.Zip(targets, (p, t) => p - t).ToArray();
    var mse = e.Average(v => v * v);
    return new[] { Math.Sqrt(mse), e.Average(Math.Abs), mse };
}
