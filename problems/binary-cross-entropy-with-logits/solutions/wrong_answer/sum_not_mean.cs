// Returns the sum over examples instead of the mean.
double BceWithLogits(double[] logits, double[] targets)
{
    var total = 0.0;
    for (var i = 0; i < logits.Length; i++)
    {
        var z = logits[i];
        total += Math.Max(z, 0) - z * targets[i] + Math.Log(1 + Math.Exp(-Math.Abs(z)));
    }
    return total;
}
