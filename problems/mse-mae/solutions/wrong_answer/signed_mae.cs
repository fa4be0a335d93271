// Forgets the absolute value: positive and negative errors cancel in the "MAE".
double[] RegressionErrors(double[] predictions, double[] targets)
{
    var errors = predictions.Zip(targets, (p, t) => p - t).ToArray();
    var mse = errors.Average(e => e * e);
    return new[] { mse, errors.Average(), Math.Sqrt(mse) };
}
