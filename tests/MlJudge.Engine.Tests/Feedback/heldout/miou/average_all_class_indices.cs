// problem: miou
// expect: absent-class-counted
// Confusion matrix built correctly, but the mean divides by numClasses: classes absent from both maps contribute IoU 0.
double MeanIoU(int[][] prediction, int[][] groundTruth, int numClasses)
{
    var cm = new long[numClasses, numClasses];
    for (int r = 0; r < groundTruth.Length; r++)
        for (int c = 0; c < groundTruth[r].Length; c++)
            cm[groundTruth[r][c], prediction[r][c]]++;
    double total = 0;
    for (int k = 0; k < numClasses; k++)
    {
        long tp = cm[k, k], rowSum = 0, colSum = 0;
        for (int m = 0; m < numClasses; m++) { rowSum += cm[k, m]; colSum += cm[m, k]; }
        long union = rowSum + colSum - tp;
        if (union > 0) total += (double)tp / union;
    }
    return total / numClasses;
}
