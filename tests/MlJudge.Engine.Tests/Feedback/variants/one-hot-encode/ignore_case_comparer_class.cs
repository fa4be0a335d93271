// problem: one-hot-encode
// expect: case-insensitive-order
// Class form: Array.Sort of the distinct values with a comparer that compares OrdinalIgnoreCase first and ordinally only to break case-only ties; an empty input returns early.
public class Solution
{
    public int[][] OneHot(string[] values)
    {
        if (values.Length == 0) return new int[0][];
        var cats = values.Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(cats, (a, b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase) switch
        {
            0 => string.CompareOrdinal(a, b),
            var r => r,
        });
        return values.Select(v => cats.Select(c => string.Equals(c, v, StringComparison.Ordinal) ? 1 : 0).ToArray()).ToArray();
    }
}
