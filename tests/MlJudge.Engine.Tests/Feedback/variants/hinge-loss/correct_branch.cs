// problem: hinge-loss
// expect: none
// Correct: branches on the margin instead of Math.Max.
public class Solution
{
    public double HingeLoss(double[] scores, int[] labels)
    {
        double sum = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            double margin = labels[i] * scores[i];
            if (margin < 1) sum += 1 - margin;
        }
        return sum / scores.Length;
    }
}
