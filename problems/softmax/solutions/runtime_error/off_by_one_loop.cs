// An off-by-one loop bound (<= instead of <) reads one past the end of the array.
double[] Softmax(double[] logits)
{
    var max = logits[0];
    for (var i = 1; i <= logits.Length; i++) max = Math.Max(max, logits[i]);
    var result = new double[logits.Length];
    var sum = 0.0;
    for (var i = 0; i < logits.Length; i++) sum += result[i] = Math.Exp(logits[i] - max);
    for (var i = 0; i < logits.Length; i++) result[i] /= sum;
    return result;
}
