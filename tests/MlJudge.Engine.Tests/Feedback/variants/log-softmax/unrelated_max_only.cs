// problem: log-softmax
// expect: none
// Unrelated wrong: subtracts only the maximum (z - max), forgetting the log of the shifted sum of exponentials.
double[] LogSoftmax(double[] logits)
{
    double m = logits.Max();
    return logits.Select(z => z - m).ToArray();
}
