// Sorts case-insensitively (and culture-aware), which puts "a" before "B".
int[][] OneHot(string[] values)
{
    var categories = values.Distinct().OrderBy(v => v, StringComparer.OrdinalIgnoreCase).ThenBy(v => v, StringComparer.Ordinal).ToList();
    return values.Select(v => categories.Select(c => c == v ? 1 : 0).ToArray()).ToArray();
}
