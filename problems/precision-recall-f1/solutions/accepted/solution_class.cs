// Counts with LINQ and uses the count form of F1, 2TP / (2TP + FP + FN).
public class Solution
{
    public double[] PrecisionRecallF1(int[] actual, int[] predicted)
    {
        var pairs = actual.Zip(predicted).ToList();
        double tp = pairs.Count(p => p.First == 1 && p.Second == 1);
        double fp = pairs.Count(p => p.First == 0 && p.Second == 1);
        double fn = pairs.Count(p => p.First == 1 && p.Second == 0);
        return new[]
        {
            tp + fp > 0 ? tp / (tp + fp) : 0,
            tp + fn > 0 ? tp / (tp + fn) : 0,
            2 * tp + fp + fn > 0 ? 2 * tp / (2 * tp + fp + fn) : 0,
        };
    }
}
