// problem: impute-missing
// expect: none
// Mode tie rule inverted: among values tied for the highest count the LARGEST is taken (sorted descending); mean/median correct.
double[][] ImputeMissing(double[][] x, string strategy)
{
    int d = x[0].Length;
    var fill = new double[d];
    for (int j = 0; j < d; j++)
    {
        var obs = x.Select(r => r[j]).Where(v => !double.IsNaN(v)).ToList();
        if (obs.Count == 0) continue;
        obs.Sort();
        if (strategy == "mean") fill[j] = obs.Sum() / obs.Count;
        else if (strategy == "median") fill[j] = obs.Count % 2 == 1 ? obs[obs.Count / 2] : (obs[obs.Count / 2 - 1] + obs[obs.Count / 2]) / 2;
        else fill[j] = obs.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
    }
    return x.Select(r => r.Select((v, j) => double.IsNaN(v) ? fill[j] : v).ToArray()).ToArray();
}
