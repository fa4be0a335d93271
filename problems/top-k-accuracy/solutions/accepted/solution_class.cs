// Counts how many classes outrank the true one, without sorting: O(NC).
public class Solution
{
    public static double TopKAccuracy(double[][] scores, int[] labels, int k)
    {
        var correct = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var y = labels[i];
            var ahead = 0;
            for (var c = 0; c < scores[i].Length; c++)
                if (scores[i][c] > scores[i][y] || scores[i][c] == scores[i][y] && c < y) ahead++;
            if (ahead < k) correct++;
        }
        return (double)correct / scores.Length;
    }
}
