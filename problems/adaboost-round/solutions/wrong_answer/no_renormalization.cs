// Forgets to renormalize: returns w_i * exp(-alpha y_i h_i) without dividing by their sum.
double[] AdaBoostRound(int[] predictions, int[] labels, double[] weights)
{
    var total = weights.Sum();
    var err = weights.Where((_, i) => predictions[i] != labels[i]).Sum() / total;
    err = Math.Min(Math.Max(err, Math.ScaleB(1.0, -33)), 1 - Math.ScaleB(1.0, -33));
    var alpha = 0.5 * Math.Log((1 - err) / err);
    return weights.Select((v, i) => v * Math.Exp(-alpha * labels[i] * predictions[i])).Prepend(alpha).ToArray();
}
