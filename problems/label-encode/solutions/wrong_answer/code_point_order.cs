// Sorts by Unicode code point (Python's and scikit-learn's order) instead of .NET's UTF-16 ordinal order:
// the two disagree when a character beyond U+FFFF (a surrogate pair) meets one in U+E000..U+FFFF.
int[] LabelEncode(string[] values)
{
    var classes = values.Distinct().OrderBy(v => v, Comparer<string>.Create(CompareCodePoints)).ToList();
    return values.Select(v => classes.IndexOf(v)).ToArray();
}

static int CompareCodePoints(string a, string b)
{
    int i = 0, j = 0;
    while (i < a.Length && j < b.Length)
    {
        var x = char.ConvertToUtf32(a, i);
        var y = char.ConvertToUtf32(b, j);
        if (x != y) return x.CompareTo(y);
        i += x > 0xFFFF ? 2 : 1;
        j += y > 0xFFFF ? 2 : 1;
    }
    return (a.Length - i).CompareTo(b.Length - j);
}
