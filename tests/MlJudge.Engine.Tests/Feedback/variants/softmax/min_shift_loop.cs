// problem: softmax
// expect: shift-by-min
double[] Softmax(double[] logits)
{
    double lowest = double.PositiveInfinity;
    foreach (var z in logits) if (z < lowest) lowest = z;
    var p = new double[logits.Length];
    double norm = 0;
    for (int i = 0; i < p.Length; i++) norm += p[i] = Math.Exp(logits[i] - lowest);
    for (int i = 0; i < p.Length; i++) p[i] = p[i] / norm;
    return p;
}
