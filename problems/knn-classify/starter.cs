int[] KnnClassify(double[][] trainX, int[] trainY, double[][] queries, int k)
{
    throw new NotImplementedException();
}
