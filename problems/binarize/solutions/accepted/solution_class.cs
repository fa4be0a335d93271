public class Solution
{
    public static int[][] Binarize(double[][] x, double threshold)
    {
        var result = new int[x.Length][];
        for (var i = 0; i < x.Length; i++)
        {
            result[i] = new int[x[i].Length];
            for (var j = 0; j < x[i].Length; j++) result[i][j] = x[i][j].CompareTo(threshold) > 0 ? 1 : 0;
        }
        return result;
    }
}
