// Averages only over classes present in the ground truth, dropping classes that appear only in the prediction.
double MeanIoU(int[][] prediction, int[][] groundTruth, int numClasses)
{
    var inter = new long[numClasses];
    var uni = new long[numClasses];
    var inTruth = new bool[numClasses];
    for (var r = 0; r < prediction.Length; r++)
        for (var c = 0; c < prediction[r].Length; c++)
        {
            int p = prediction[r][c], g = groundTruth[r][c];
            inTruth[g] = true;
            if (p == g) { inter[p]++; uni[p]++; } else { uni[p]++; uni[g]++; }
        }
    return Enumerable.Range(0, numClasses).Where(k => inTruth[k]).Average(k => (double)inter[k] / uni[k]);
}
