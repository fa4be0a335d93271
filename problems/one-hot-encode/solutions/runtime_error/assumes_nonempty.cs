// Reads values[0] to "peek at the type" before encoding: an empty column throws.
int[][] OneHot(string[] values)
{
    var sample = values[0];
    var categories = values.Distinct().OrderBy(v => v, StringComparer.Ordinal).ToList();
    return values.Select(v => categories.Select(c => c == v ? 1 : 0).ToArray()).ToArray();
}
