// problem: sigmoid-derivative
// expect: one-minus-sigmoid-cancellation
// Sigmoid via 0.5*(1+tanh(x/2)) then s*(1-s): the 1 - s subtraction still rounds to 0 for large x, tails lose their tiny gradients.
double[] SigmoidBackward(double[] x, double[] upstream)
{
    return x.Select((v, i) =>
    {
        double s = 0.5 * (1.0 + Math.Tanh(0.5 * v));
        return upstream[i] * (s * (1.0 - s));
    }).ToArray();
}
