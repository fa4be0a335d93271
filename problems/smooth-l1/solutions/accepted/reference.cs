double SmoothL1(double[] predictions, double[] targets, double beta)
{
    var total = 0.0;
    for (var i = 0; i < predictions.Length; i++)
    {
        var d = Math.Abs(predictions[i] - targets[i]);
        total += d < beta ? 0.5 * d * d / beta : d - 0.5 * beta;
    }
    return total / predictions.Length;
}
