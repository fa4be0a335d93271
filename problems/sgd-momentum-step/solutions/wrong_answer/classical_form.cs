// Mixes conventions: applies the classical update (v = mu v - lr g, theta += v) to a velocity stored in PyTorch's form.
double[][] MomentumStep(double[] theta, double[] grad, double[] velocity, double learningRate, double momentum)
{
    var v = velocity.Select((vi, i) => momentum * vi - learningRate * grad[i]).ToArray();
    var t = theta.Select((th, i) => th + v[i]).ToArray();
    return new[] { t, v };
}
