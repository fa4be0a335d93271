// Carries over the logistic-regression convention y in {0, 1}: the target is t_i = 1 for y_i = +1 and 0 for
// y_i = -1, so the hinge max(0, 1 - t_i f(x_i)) of every negative example is the constant 1 and the negatives
// are never fitted. Full-batch subgradient descent with a 1/(lambda k) step and iterate averaging.
double[] TrainLinearSvm(double[][] x, int[] y, double lambda)
{
    int n = x.Length, d = x[0].Length;
    var w = new double[d];
    var b = 0.0;
    var avg = new double[d + 1];
    for (var k = 1; k <= 3000; k++)
    {
        var gw = w.Select(v => lambda * v).ToArray();
        var gb = 0.0;
        for (var i = 0; i < n; i++)
        {
            var t = y[i] == 1 ? 1 : 0;
            var f = b + x[i].Select((v, j) => v * w[j]).Sum();
            if (t * f < 1)
            {
                for (var j = 0; j < d; j++) gw[j] -= t * x[i][j] / n;
                gb -= (double)t / n;
            }
        }
        var eta = 1.0 / (lambda * k + 10);
        for (var j = 0; j < d; j++) w[j] -= eta * gw[j];
        b -= eta * gb;
        for (var j = 0; j < d; j++) avg[j] += (w[j] - avg[j]) / k;
        avg[d] += (b - avg[d]) / k;
    }
    return avg;
}
