// Takes the log of a (stable) softmax: entries far below the maximum underflow to log(0) = -Infinity.
double[] LogSoftmax(double[] logits)
{
    var m = logits.Max();
    var e = logits.Select(z => Math.Exp(z - m)).ToArray();
    var s = e.Sum();
    return e.Select(v => Math.Log(v / s)).ToArray();
}
