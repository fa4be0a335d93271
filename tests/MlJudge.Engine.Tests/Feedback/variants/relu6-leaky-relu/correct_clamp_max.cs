// problem: relu6-leaky-relu
// expect: none
// Correct: ReLU6 as Math.Clamp(v, 0, 6); leaky as max(v, alpha * v), which equals the piecewise definition because 0 <= alpha < 1.
double[] Activate(double[] x, string kind, double alpha)
{
    Func<double, double> f = kind == "relu6" ? v => Math.Clamp(v, 0.0, 6.0) : v => Math.Max(v, alpha * v);
    return Array.ConvertAll(x, v => f(v));
}
