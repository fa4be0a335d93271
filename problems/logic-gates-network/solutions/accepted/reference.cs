// One hidden neuron per true row of the table (a "minterm detector"), and an OR gate on top.
// The detector for row k has weight +1 on every input that is 1 in k and -1 on every input that is 0,
// so its weighted sum reaches popcount(k) on row k and at most popcount(k) - 1 anywhere else; the bias
// -popcount(k) + 0.5 puts the threshold halfway, giving z = +0.5 on row k and z <= -0.5 elsewhere.
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
    if (rows.Count == 0)
    {
        // Constant 0: a hidden layer must still exist, so add a neuron that never fires (z = -1).
        var silent = new double[n + 1];
        silent[n] = -1;
        rows.Add(silent);
        rows.Add(new[] { 0.0, -0.5 });
        return rows.ToArray();
    }
    var output = new double[rows.Count + 1];
    for (var i = 0; i < rows.Count; i++) output[i] = 1;
    output[rows.Count] = -0.5;   // OR: fires as soon as one detector does (z = +0.5), else z = -0.5
    rows.Add(output);
    return rows.ToArray();
}
