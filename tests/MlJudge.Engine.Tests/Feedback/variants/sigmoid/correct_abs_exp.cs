// problem: sigmoid
// expect: none
// Correct: one exponential e = exp(-|x|) per element, then 1/(1+e) or e/(1+e) by sign (never overflows).
double[] Sigmoid(double[] x)
{
    var y = new double[x.Length];
    for (int i = 0; i < x.Length; i++)
    {
        double e = Math.Exp(-Math.Abs(x[i]));
        y[i] = (x[i] >= 0 ? 1.0 : e) / (1.0 + e);
    }
    return y;
}
