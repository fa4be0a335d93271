// Minterm detectors with bias -popcount(k) instead of -popcount(k) + 0.5: on its own row a detector's sum
// is exactly popcount(k), so z = 0 there, and step(0) = 0. No detector ever fires and the output is always 0.
double[][] BuildNetwork(int n, int[] truthTable)
{
    var rows = new List<double[]>();
    for (var k = 0; k < truthTable.Length; k++)
    {
        if (truthTable[k] != 1) continue;
        var row = new double[n + 1];
        var ones = 0;
        for (var j = 0; j < n; j++)
        {
            var bit = (k >> j) & 1;
            row[j] = bit == 1 ? 1 : -1;
            ones += bit;
        }
        row[n] = -ones;
        rows.Add(row);
    }
    if (rows.Count == 0)
    {
        var silent = new double[n + 1];
        silent[n] = -1;
        rows.Add(silent);
        rows.Add(new[] { 0.0, -0.5 });
        return rows.ToArray();
    }
    var output = new double[rows.Count + 1];
    for (var i = 0; i < rows.Count; i++) output[i] = 1;
    output[rows.Count] = -0.5;
    rows.Add(output);
    return rows.ToArray();
}
