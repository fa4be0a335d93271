// Starts codes at 1.
int[] LabelEncode(string[] values)
{
    var classes = values.Distinct().OrderBy(v => v, StringComparer.Ordinal).ToList();
    return values.Select(v => classes.IndexOf(v) + 1).ToArray();
}
