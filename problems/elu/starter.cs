double[][] Elu(double[] x, double alpha)
{
    throw new NotImplementedException();
}
