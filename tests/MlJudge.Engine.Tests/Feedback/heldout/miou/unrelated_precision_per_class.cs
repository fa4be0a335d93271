// problem: miou
// expect: none
// Unrelated bug: per-class TP/(TP+FP) (precision, column sums only) averaged over the present classes; union forgets FN.
double MeanIoU(int[][] prediction, int[][] groundTruth, int numClasses)
{
    var tp = new long[numClasses];
    var predCount = new long[numClasses];
    var seen = new bool[numClasses];
    for (int r = 0; r < prediction.Length; r++)
        for (int c = 0; c < prediction[r].Length; c++)
        {
            int p = prediction[r][c], g = groundTruth[r][c];
            predCount[p]++;
            if (p == g) tp[p]++;
            seen[p] = true; seen[g] = true;
        }
    double sum = 0; int n = 0;
    for (int k = 0; k < numClasses; k++)
    {
        if (!seen[k]) continue;
        n++;
        if (predCount[k] > 0) sum += (double)tp[k] / predCount[k];
    }
    return sum / n;
}
