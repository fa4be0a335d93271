// problem: impute-missing
// expect: none
// Adversarial: the fill variable is declared outside the column loop and not reset, so an all-missing column reuses the previous column's fill (0 only if it is column 0); no NaN left.
double[][] ImputeMissing(double[][] x, string strategy)
{
    int n = x.Length, d = x[0].Length;
    var res = x.Select(r => (double[])r.Clone()).ToArray();
    double f = 0;
    for (int j = 0; j < d; j++)
    {
        var obs = new List<double>();
        for (int i = 0; i < n; i++) if (!double.IsNaN(x[i][j])) obs.Add(x[i][j]);
        if (obs.Count > 0)
        {
            obs.Sort();
            if (strategy == "mean") f = obs.Average();
            else if (strategy == "median") f = (obs[(obs.Count - 1) / 2] + obs[obs.Count / 2]) / 2;
            else f = obs.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        }
        for (int i = 0; i < n; i++) if (double.IsNaN(res[i][j])) res[i][j] = f;
    }
    return res;
}
