double[] PrecisionRecallF1(int[] actual, int[] predicted)
{
    throw new NotImplementedException();
}
