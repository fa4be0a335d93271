// Sort a copy, deduplicate in place, then binary-search every value.
public class Solution
{
    public int[] LabelEncode(string[] values)
    {
        var sorted = (string[])values.Clone();
        Array.Sort(sorted, StringComparer.Ordinal);
        var unique = new List<string>();
        foreach (var v in sorted)
            if (unique.Count == 0 || string.CompareOrdinal(unique[^1], v) != 0) unique.Add(v);
        var classes = unique.ToArray();
        return values.Select(v => Array.BinarySearch(classes, v, StringComparer.Ordinal)).ToArray();
    }
}
