double[][] Standardize(double[][] x)
{
    throw new NotImplementedException();
}
