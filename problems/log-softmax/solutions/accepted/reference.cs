double[] LogSoftmax(double[] logits)
{
    var m = logits.Max();
    var logSum = m + Math.Log(logits.Sum(z => Math.Exp(z - m)));
    return logits.Select(z => z - logSum).ToArray();
}
