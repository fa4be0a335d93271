// problem: log-softmax
// expect: log-of-softmax
// Loop form: stable softmax (shift by the max), then the natural log of each probability - underflowed probabilities become log(0) = -Infinity.
double[] LogSoftmax(double[] logits)
{
    double m = double.NegativeInfinity;
    foreach (var z in logits) if (z > m) m = z;
    var p = new double[logits.Length];
    double total = 0;
    for (int i = 0; i < p.Length; i++) { p[i] = Math.Exp(logits[i] - m); total += p[i]; }
    for (int i = 0; i < p.Length; i++) p[i] = Math.Log(p[i] / total);
    return p;
}
