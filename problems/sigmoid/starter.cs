double[] Sigmoid(double[] x)
{
    throw new NotImplementedException();
}
