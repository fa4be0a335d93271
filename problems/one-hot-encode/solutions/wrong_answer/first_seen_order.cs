// Orders categories by first appearance instead of sorting them.
int[][] OneHot(string[] values)
{
    var categories = values.Distinct().ToList();
    return values.Select(v => categories.Select(c => c == v ? 1 : 0).ToArray()).ToArray();
}
