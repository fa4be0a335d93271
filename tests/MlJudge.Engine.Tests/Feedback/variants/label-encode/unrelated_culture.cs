// problem: label-encode
// expect: none
// Unrelated wrong: codes are string lengths.
int[] LabelEncode(string[] values) => values.Select(v => v.Length).ToArray();
