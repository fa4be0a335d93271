// problem: label-encode
// expect: first-seen-codes
int[] LabelEncode(string[] values)
{
    var seen = new List<string>();
    var codes = new int[values.Length];
    for (int i = 0; i < values.Length; i++)
    {
        int k = seen.IndexOf(values[i]);
        if (k < 0) { seen.Add(values[i]); k = seen.Count - 1; }
        codes[i] = k;
    }
    return codes;
}
