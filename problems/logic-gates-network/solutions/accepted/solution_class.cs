// Builds detectors for whichever side of the table is smaller, so H <= 2^(n-1) (plus one silent unit for
// constants). If the true rows are the minority: y = OR(detectors). If the false rows are: y = NOR(detectors),
// i.e. output weights -1 and bias +0.5, firing exactly when no false row was matched.
// Detectors here use weights +-2 and bias 1 - 2 * popcount, so z = +1 on the matched row and z <= -1 elsewhere.
public class Solution
{
    public double[][] BuildNetwork(int n, int[] truthTable)
    {
        var size = 1 << n;
        var trueRows = Enumerable.Range(0, size).Where(k => truthTable[k] == 1).ToList();
        var falseRows = Enumerable.Range(0, size).Where(k => truthTable[k] == 0).ToList();
        var useTrue = trueRows.Count <= falseRows.Count;
        var chosen = useTrue ? trueRows : falseRows;

        var network = new List<double[]>();
        foreach (var k in chosen) network.Add(Detector(n, k));
        if (chosen.Count == 0)
        {
            // Constant function: one hidden unit that never fires, and an output that is just its bias.
            var silent = new double[n + 1];
            silent[n] = -1;
            network.Add(silent);
            network.Add(new[] { 0.0, useTrue ? -1.0 : 1.0 });
            return network.ToArray();
        }
        var output = new double[chosen.Count + 1];
        for (var i = 0; i < chosen.Count; i++) output[i] = useTrue ? 2 : -2;
        output[chosen.Count] = useTrue ? -1 : 1;
        network.Add(output);
        return network.ToArray();
    }

    private static double[] Detector(int n, int k)
    {
        var row = new double[n + 1];
        var ones = 0;
        for (var j = 0; j < n; j++)
        {
            if (((k >> j) & 1) == 1) { row[j] = 2; ones++; }
            else row[j] = -2;
        }
        row[n] = 1 - 2 * ones;
        return row;
    }
}
