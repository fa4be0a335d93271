int[][] Binarize(double[][] x, double threshold)
{
    throw new NotImplementedException();
}
