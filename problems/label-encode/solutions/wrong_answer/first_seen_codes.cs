// Numbers classes in order of first appearance.
int[] LabelEncode(string[] values)
{
    var code = new Dictionary<string, int>();
    foreach (var v in values) if (!code.ContainsKey(v)) code[v] = code.Count;
    return values.Select(v => code[v]).ToArray();
}
