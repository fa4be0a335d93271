// problem: miou
// expect: pixel-accuracy
// Returns the share of pixels whose predicted label equals the ground truth (pixel accuracy), not per-class IoU.
double MeanIoU(int[][] prediction, int[][] groundTruth, int numClasses)
{
    long hits = 0, all = 0;
    for (int r = prediction.Length - 1; r >= 0; r--)
        for (int c = prediction[r].Length - 1; c >= 0; c--)
        {
            all++;
            if (prediction[r][c] == groundTruth[r][c]) hits++;
        }
    return (double)hits / all;
}
