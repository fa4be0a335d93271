// Computes the error as 1 - accuracy: when the error is ~1e-9 the subtraction keeps only its first digits,
// and alpha and the new weights of the misclassified samples are off by ~1e-8 relative.
double[] AdaBoostRound(int[] predictions, int[] labels, double[] weights)
{
    double total = weights.Sum(), right = 0;
    for (var i = 0; i < weights.Length; i++) if (predictions[i] == labels[i]) right += weights[i];
    var delta = Math.ScaleB(1.0, -33);
    var err = Math.Min(Math.Max(1 - right / total, delta), 1 - delta);
    var alpha = 0.5 * Math.Log((1 - err) / err);
    var w = weights.Select((v, i) => v * Math.Exp(-alpha * labels[i] * predictions[i])).ToArray();
    var z = w.Sum();
    return w.Select(v => v / z).Prepend(alpha).ToArray();
}
