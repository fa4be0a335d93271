// problem: adam-step
// expect: none
// Correct, unusual: per-element local function, powers by repeated multiplication, moments kept in a tuple.
double[][] AdamStep(double[] theta, double[] grad, double[] m, double[] v, int t, double learningRate, double beta1, double beta2, double eps)
{
    double p1 = 1, p2 = 1;
    for (int s = 0; s < t; s++) { p1 *= beta1; p2 *= beta2; }
    (double th, double mn, double vn) Update(int i)
    {
        double g = grad[i];
        double mn = beta1 * m[i] + (1 - beta1) * g;
        double vn = beta2 * v[i] + (1 - beta2) * (g * g);
        double step = learningRate * (mn / (1 - p1)) / (Math.Sqrt(vn / (1 - p2)) + eps);
        return (theta[i] - step, mn, vn);
    }
    var outT = new double[theta.Length]; var outM = new double[theta.Length]; var outV = new double[theta.Length];
    for (int i = 0; i < theta.Length; i++) (outT[i], outM[i], outV[i]) = Update(i);
    return new[] { outT, outM, outV };
}
