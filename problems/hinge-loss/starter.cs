double HingeLoss(double[] scores, int[] labels)
{
    throw new NotImplementedException();
}
