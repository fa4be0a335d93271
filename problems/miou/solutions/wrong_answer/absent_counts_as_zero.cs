// Averages over all numClasses, counting absent classes as IoU 0.
double MeanIoU(int[][] prediction, int[][] groundTruth, int numClasses)
{
    var inter = new long[numClasses];
    var uni = new long[numClasses];
    for (var r = 0; r < prediction.Length; r++)
        for (var c = 0; c < prediction[r].Length; c++)
        {
            int p = prediction[r][c], g = groundTruth[r][c];
            if (p == g) { inter[p]++; uni[p]++; } else { uni[p]++; uni[g]++; }
        }
    return Enumerable.Range(0, numClasses).Sum(k => uni[k] == 0 ? 0 : (double)inter[k] / uni[k]) / numClasses;
}
