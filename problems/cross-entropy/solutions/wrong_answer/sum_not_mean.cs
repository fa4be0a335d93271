// Sums over the batch instead of averaging.
double CrossEntropy(double[][] logits, int[] labels)
{
    var total = 0.0;
    for (var i = 0; i < logits.Length; i++)
    {
        var m = logits[i].Max();
        total += m + Math.Log(logits[i].Sum(z => Math.Exp(z - m))) - logits[i][labels[i]];
    }
    return total;
}
