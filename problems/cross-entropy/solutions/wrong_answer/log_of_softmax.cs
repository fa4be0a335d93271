// -log(softmax[y]) from a stable softmax: the log of an underflowed probability is infinite.
double CrossEntropy(double[][] logits, int[] labels)
{
    var total = 0.0;
    for (var i = 0; i < logits.Length; i++)
    {
        var m = logits[i].Max();
        var e = logits[i].Select(z => Math.Exp(z - m)).ToArray();
        total -= Math.Log(e[labels[i]] / e.Sum());
    }
    return total / logits.Length;
}
