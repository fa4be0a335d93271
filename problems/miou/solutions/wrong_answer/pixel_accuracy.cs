// Computes pixel accuracy (fraction of correct pixels) instead of mean IoU.
double MeanIoU(int[][] prediction, int[][] groundTruth, int numClasses)
{
    long correct = 0, total = 0;
    for (var r = 0; r < prediction.Length; r++)
        for (var c = 0; c < prediction[r].Length; c++) { total++; if (prediction[r][c] == groundTruth[r][c]) correct++; }
    return (double)correct / total;
}
