// problem: one-hot-encode
// expect: code-point-order
// Decodes every category to its array of Unicode code points (surrogate pairs combined by hand) and sorts lexicographically on those - code point order, not UTF-16 ordinal order.
static int[] CodePoints(string s)
{
    var list = new List<int>();
    for (int i = 0; i < s.Length; i++)
    {
        char c = s[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.Length && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF)
        {
            list.Add(0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00));
            i++;
        }
        else list.Add(c);
    }
    return list.ToArray();
}

int[][] OneHot(string[] values)
{
    var cats = values.Distinct().ToList();
    var keys = cats.ToDictionary(c => c, CodePoints);
    cats.Sort((a, b) =>
    {
        int[] x = keys[a], y = keys[b];
        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
            if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
        return x.Length.CompareTo(y.Length);
    });
    return values.Select(v => { var row = new int[cats.Count]; row[cats.IndexOf(v)] = 1; return row; }).ToArray();
}
