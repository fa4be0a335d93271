double KlDivergence(double[] p, double[] q)
{
    throw new NotImplementedException();
}
