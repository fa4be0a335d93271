// problem: sigmoid-derivative
// expect: one-minus-sigmoid-cancellation
// Sigmoid via 0.5*(1+tanh(x/2)) then s*(1-s): 1 - s rounds to 0 in the right tail (and here s itself rounds to 0 already for x below about -38), so tail gradients become 0.
double[] SigmoidBackward(double[] x, double[] upstream)
{
    return x.Select((v, i) =>
    {
        double s = 0.5 * (1.0 + Math.Tanh(0.5 * v));
        return upstream[i] * (s * (1.0 - s));
    }).ToArray();
}
