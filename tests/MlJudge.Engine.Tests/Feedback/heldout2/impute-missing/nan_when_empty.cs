// problem: impute-missing
// expect: all-missing-column-nan
// Column-wise LINQ statistics; an all-NaN column gets Average/median of nothing = NaN (no 0 fallback), so NaN stays in the output.
double[][] ImputeMissing(double[][] x, string strategy)
{
    int n = x.Length, d = x[0].Length;
    var fill = new double[d];
    for (int j = 0; j < d; j++)
    {
        var obs = x.Select(r => r[j]).Where(v => !double.IsNaN(v)).OrderBy(v => v).ToArray();
        if (obs.Length == 0) { fill[j] = double.NaN; continue; }
        if (strategy == "mean") fill[j] = obs.Average();
        else if (strategy == "median")
            fill[j] = obs.Length % 2 == 1 ? obs[obs.Length / 2] : (obs[obs.Length / 2 - 1] + obs[obs.Length / 2]) / 2;
        else fill[j] = obs.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }
    return x.Select(r => r.Select((v, j) => double.IsNaN(v) ? fill[j] : v).ToArray()).ToArray();
}
