int[][] OneHot(string[] values)
{
    var categories = values.Distinct().OrderBy(v => v, StringComparer.Ordinal).ToArray();
    var column = categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
    return values.Select(v =>
    {
        var row = new int[categories.Length];
        row[column[v]] = 1;
        return row;
    }).ToArray();
}
