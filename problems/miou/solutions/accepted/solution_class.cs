// Set view: per class, count intersection and union of the predicted and true pixel sets directly.
public class Solution
{
    public static double MeanIoU(int[][] prediction, int[][] groundTruth, int numClasses)
    {
        var intersection = new long[numClasses];
        var union = new long[numClasses];
        for (var r = 0; r < prediction.Length; r++)
            for (var c = 0; c < prediction[r].Length; c++)
            {
                int p = prediction[r][c], g = groundTruth[r][c];
                if (p == g) { intersection[p]++; union[p]++; }
                else { union[p]++; union[g]++; }
            }
        var ious = Enumerable.Range(0, numClasses).Where(k => union[k] > 0).Select(k => (double)intersection[k] / union[k]).ToList();
        return ious.Average();
    }
}
