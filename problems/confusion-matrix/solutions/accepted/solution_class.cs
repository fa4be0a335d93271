// Groups (actual, predicted) pairs with LINQ and fills the matrix from the counts.
public class Solution
{
    public static int[][] ConfusionMatrix(int[] actual, int[] predicted, int numClasses)
    {
        var counts = actual.Zip(predicted).GroupBy(pair => pair).ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(0, numClasses)
            .Select(a => Enumerable.Range(0, numClasses).Select(p => counts.GetValueOrDefault((a, p))).ToArray())
            .ToArray();
    }
}
