double MeanIoU(int[][] prediction, int[][] groundTruth, int numClasses)
{
    throw new NotImplementedException();
}
