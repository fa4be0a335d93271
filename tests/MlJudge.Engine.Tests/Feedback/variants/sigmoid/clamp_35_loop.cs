// problem: sigmoid
// expect: clipped-inputs
// Loop that clamps each input to [-35, 35] before a stable two-branch sigmoid: exact inside the clip range, wrong (stuck at sigma(+-35)) beyond it.
double[] Sigmoid(double[] x)
{
    var y = new double[x.Length];
    for (int i = 0; i < x.Length; i++)
    {
        double v = x[i];
        if (v > 35) v = 35;
        else if (v < -35) v = -35;
        if (v < 0) { double e = Math.Exp(v); y[i] = e / (1 + e); }
        else y[i] = 1 / (1 + Math.Exp(-v));
    }
    return y;
}
