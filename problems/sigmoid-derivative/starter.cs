double[] SigmoidBackward(double[] x, double[] upstream)
{
    throw new NotImplementedException();
}
