double[] Activate(double[] x, string kind, double alpha)
{
    throw new NotImplementedException();
}
