int[][] ConfusionMatrix(int[] actual, int[] predicted, int numClasses)
{
    throw new NotImplementedException();
}
