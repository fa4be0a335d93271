double[] RegressionErrors(double[] predictions, double[] targets)
{
    throw new NotImplementedException();
}
