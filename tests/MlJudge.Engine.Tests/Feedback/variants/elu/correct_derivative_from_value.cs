// problem: elu
// expect: none
// Correct: computes the derivative from the value, using the identity ELU'(x) = ELU(x) + alpha on the negative side.
double[][] Elu(double[] x, double alpha)
{
    var value = x.Select(v => v > 0 ? v : alpha * (Math.Exp(v) - 1)).ToArray();
    var deriv = x.Select((v, i) => v > 0 ? 1.0 : value[i] + alpha).ToArray();
    return new[] { value, deriv };
}
