// Sorted set of categories, binary search per value.
public class Solution
{
    public int[][] OneHot(string[] values)
    {
        var categories = new SortedSet<string>(values, StringComparer.Ordinal).ToArray();
        var result = new int[values.Length][];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = new int[categories.Length];
            result[i][Array.BinarySearch(categories, values[i], StringComparer.Ordinal)] = 1;
        }
        return result;
    }
}
