// problem: elu
// expect: relu-derivative
// Two arrays filled in one loop; the value is ELU but the derivative is the ReLU step (1 for x > 0, else 0).
double[][] Elu(double[] x, double alpha)
{
    var value = new double[x.Length];
    var grad = new double[x.Length];
    for (int i = 0; i < x.Length; i++)
    {
        if (x[i] > 0) { value[i] = x[i]; grad[i] = 1; }
        else { value[i] = alpha * (Math.Exp(x[i]) - 1); grad[i] = 0; }
    }
    return new[] { value, grad };
}
