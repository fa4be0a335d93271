// problem: relu6-leaky-relu
// expect: none
// Unrelated wrong: "leaky" is implemented as a plain ReLU (alpha never used), so it is right only when alpha = 0; relu6 is right.
double[] Activate(double[] x, string kind, double alpha)
{
    var r = new double[x.Length];
    for (int i = 0; i < x.Length; i++)
        r[i] = kind == "relu6" ? Math.Min(Math.Max(x[i], 0), 6) : Math.Max(x[i], 0);
    return r;
}
