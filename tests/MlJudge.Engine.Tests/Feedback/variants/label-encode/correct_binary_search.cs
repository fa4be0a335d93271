// problem: label-encode
// expect: none
// Correct: sorts the distinct values ordinally and finds each code by binary search.
int[] LabelEncode(string[] values)
{
    var classes = values.Distinct().ToArray();
    Array.Sort(classes, StringComparer.Ordinal);
    return values.Select(v => Array.BinarySearch(classes, v, StringComparer.Ordinal)).ToArray();
}
