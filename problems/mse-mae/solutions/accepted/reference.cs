double[] RegressionErrors(double[] predictions, double[] targets)
{
    var errors = predictions.Zip(targets, (p, t) => p - t).ToArray();
    var mse = errors.Average(e => e * e);
    return new[] { mse, errors.Average(Math.Abs), Math.Sqrt(mse) };
}
