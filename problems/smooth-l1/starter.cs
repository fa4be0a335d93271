double SmoothL1(double[] predictions, double[] targets, double beta)
{
    throw new NotImplementedException();
}
