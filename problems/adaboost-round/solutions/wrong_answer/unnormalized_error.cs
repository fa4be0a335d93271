// Takes the error as the raw sum of misclassified weights, assuming the input weights already sum to 1.
double[] AdaBoostRound(int[] predictions, int[] labels, double[] weights)
{
    var err = weights.Where((_, i) => predictions[i] != labels[i]).Sum();
    err = Math.Min(Math.Max(err, Math.ScaleB(1.0, -33)), 1 - Math.ScaleB(1.0, -33));
    var alpha = 0.5 * Math.Log((1 - err) / err);
    var w = weights.Select((v, i) => v * Math.Exp(-alpha * labels[i] * predictions[i])).ToArray();
    var z = w.Sum();
    return w.Select(v => v / z).Prepend(alpha).ToArray();
}
