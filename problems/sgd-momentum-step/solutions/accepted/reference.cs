double[][] MomentumStep(double[] theta, double[] grad, double[] velocity, double learningRate, double momentum)
{
    var v = velocity.Select((vi, i) => momentum * vi + grad[i]).ToArray();
    var t = theta.Select((th, i) => th - learningRate * v[i]).ToArray();
    return new[] { t, v };
}
