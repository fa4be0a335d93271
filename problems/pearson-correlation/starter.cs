double Pearson(double[] x, double[] y)
{
    throw new NotImplementedException();
}
