// problem: softmax
// expect: single-precision
double[] Softmax(double[] logits)
{
    float top = float.MinValue;
    foreach (var z in logits) top = Math.Max(top, (float)z);
    var e = new float[logits.Length];
    float s = 0f;
    for (int i = 0; i < e.Length; i++) { e[i] = (float)Math.Exp((float)logits[i] - top); s += e[i]; }
    var output = new double[e.Length];
    for (int i = 0; i < e.Length; i++) output[i] = e[i] / s;
    return output;
}
