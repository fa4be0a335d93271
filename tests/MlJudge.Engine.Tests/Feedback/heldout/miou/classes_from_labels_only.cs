// problem: miou
// expect: ground-truth-classes-only
// Averages over the set of classes seen in the ground truth, so classes that appear only in the prediction (IoU 0) are dropped.
double MeanIoU(int[][] prediction, int[][] groundTruth, int numClasses)
{
    var inter = new long[numClasses];
    var predCount = new long[numClasses];
    var gtCount = new long[numClasses];
    var present = new HashSet<int>();
    for (int r = 0; r < prediction.Length; r++)
        for (int c = 0; c < prediction[r].Length; c++)
        {
            int p = prediction[r][c], g = groundTruth[r][c];
            predCount[p]++;
            gtCount[g]++;
            if (p == g) inter[p]++;
            present.Add(g);
        }
    double sum = 0;
    foreach (int k in present)
        sum += (double)inter[k] / (predCount[k] + gtCount[k] - inter[k]);
    return sum / present.Count;
}
