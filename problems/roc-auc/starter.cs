double RocAuc(double[] scores, int[] labels)
{
    throw new NotImplementedException();
}
