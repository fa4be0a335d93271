double TopKAccuracy(double[][] scores, int[] labels, int k)
{
    throw new NotImplementedException();
}
