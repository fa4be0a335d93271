double[] AdaBoostRound(int[] predictions, int[] labels, double[] weights)
{
    const double delta = 1.0 / (1L << 33);   // 2^-33: 1 - (1 - delta) == delta exactly
    var n = weights.Length;
    double total = 0, wrong = 0;
    for (var i = 0; i < n; i++)
    {
        total += weights[i];
        if (predictions[i] != labels[i]) wrong += weights[i];
    }
    var err = Math.Min(Math.Max(wrong / total, delta), 1 - delta);
    var alpha = 0.5 * Math.Log((1 - err) / err);
    var updated = new double[n];
    double z = 0;
    for (var i = 0; i < n; i++)
    {
        updated[i] = weights[i] * Math.Exp(-alpha * labels[i] * predictions[i]);
        z += updated[i];
    }
    var result = new double[n + 1];
    result[0] = alpha;
    for (var i = 0; i < n; i++) result[i + 1] = updated[i] / z;
    return result;
}
