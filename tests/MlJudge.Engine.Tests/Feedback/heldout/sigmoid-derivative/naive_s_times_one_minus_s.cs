// problem: sigmoid-derivative
// expect: one-minus-sigmoid-cancellation
// Computes s = 1/(1+exp(-x)) then upstream * s * (1 - s): 1 - s cancels to 0 in the right tail (and s underflows far left).
double[] SigmoidBackward(double[] x, double[] upstream)
{
    int n = x.Length;
    double[] result = new double[n];
    int i = n - 1;
    while (i >= 0)
    {
        double s = 1.0 / (1.0 + Math.Exp(-x[i]));
        double oneMinus = 1.0 - s;
        result[i] = s * oneMinus * upstream[i];
        i--;
    }
    return result;
}
