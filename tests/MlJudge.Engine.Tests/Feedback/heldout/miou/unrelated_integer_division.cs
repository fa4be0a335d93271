// problem: miou
// expect: none
// Unrelated bug: per-class IoU computed with integer division (0 unless the class is perfect, then 1), class set right; produces small multiples of 1/|C|.
double MeanIoU(int[][] prediction, int[][] groundTruth, int numClasses)
{
    var inter = new int[numClasses];
    var uni = new int[numClasses];
    for (int r = 0; r < prediction.Length; r++)
        for (int c = 0; c < prediction[r].Length; c++)
        {
            int p = prediction[r][c], g = groundTruth[r][c];
            if (p == g) { inter[p]++; uni[p]++; }
            else { uni[p]++; uni[g]++; }
        }
    double sum = 0; int count = 0;
    for (int k = 0; k < numClasses; k++)
    {
        if (uni[k] == 0) continue;
        sum += inter[k] / uni[k];
        count++;
    }
    return sum / count;
}
