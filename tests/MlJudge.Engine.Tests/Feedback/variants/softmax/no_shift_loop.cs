// problem: softmax
// expect: no-max-shift
// Exponentiates the raw logits in a loop, normalising afterwards.
double[] Softmax(double[] logits)
{
    var result = new double[logits.Length];
    double total = 0;
    for (int i = 0; i < logits.Length; i++) { result[i] = Math.Exp(logits[i]); total += result[i]; }
    for (int i = 0; i < result.Length; i++) result[i] /= total;
    return result;
}
