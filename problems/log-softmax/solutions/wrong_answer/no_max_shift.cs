// log-sum-exp without the shift: overflows for large logits.
double[] LogSoftmax(double[] logits)
{
    var logSum = Math.Log(logits.Sum(Math.Exp));
    return logits.Select(z => z - logSum).ToArray();
}
