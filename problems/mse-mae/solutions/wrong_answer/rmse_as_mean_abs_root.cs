// Takes the mean of per-element roots (which is MAE) as the RMSE.
double[] RegressionErrors(double[] predictions, double[] targets)
{
    var errors = predictions.Zip(targets, (p, t) => p - t).ToArray();
    return new[] { errors.Average(e => e * e), errors.Average(Math.Abs), errors.Average(e => Math.Sqrt(e * e)) };
}
