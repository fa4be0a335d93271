// Steps with the old velocity, updating it afterwards.
double[][] MomentumStep(double[] theta, double[] grad, double[] velocity, double learningRate, double momentum)
{
    var t = theta.Select((th, i) => th - learningRate * velocity[i]).ToArray();
    var v = velocity.Select((vi, i) => momentum * vi + grad[i]).ToArray();
    return new[] { t, v };
}
