// Drops the factor 1/2: alpha = ln((1 - err) / err), which doubles alpha and over-boosts the mistakes.
double[] AdaBoostRound(int[] predictions, int[] labels, double[] weights)
{
    var total = weights.Sum();
    var wrong = weights.Where((_, i) => predictions[i] != labels[i]).Sum();
    var err = Math.Min(Math.Max(wrong / total, Math.ScaleB(1.0, -33)), 1 - Math.ScaleB(1.0, -33));
    var alpha = Math.Log((1 - err) / err);
    var w = weights.Select((v, i) => v * Math.Exp(-alpha * labels[i] * predictions[i])).ToArray();
    var z = w.Sum();
    return w.Select(v => v / z).Prepend(alpha).ToArray();
}
