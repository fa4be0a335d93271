int[] LabelEncode(string[] values)
{
    var classes = values.Distinct().OrderBy(v => v, StringComparer.Ordinal).ToList();
    var code = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
    return values.Select(v => code[v]).ToArray();
}
