double[][] MomentumStep(double[] theta, double[] grad, double[] velocity, double learningRate, double momentum)
{
    throw new NotImplementedException();
}
