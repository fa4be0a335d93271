public class Solution
{
    public static double HingeLoss(double[] scores, int[] labels)
    {
        var sum = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            var margin = labels[i] * scores[i];
            if (margin < 1) sum += 1 - margin;
        }
        return sum / scores.Length;
    }
}
