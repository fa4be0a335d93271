// problem: impute-missing
// expect: none
// Correct, unusual: transposes to columns, median via two order statistics ((c-1)/2 and c/2), mode via count-then-value ordering.
double[][] ImputeMissing(double[][] x, string strategy)
{
    int n = x.Length, d = x[0].Length;
    double Fill(int j)
    {
        double[] obs = Enumerable.Range(0, n).Select(i => x[i][j]).Where(v => !double.IsNaN(v)).ToArray();
        int c = obs.Length;
        if (c == 0) return 0.0;
        switch (strategy)
        {
            case "mean": { double s = 0; foreach (var v in obs) s += v; return s / c; }
            case "median": Array.Sort(obs); return (obs[(c - 1) / 2] + obs[c / 2]) / 2.0;
            default: return obs.ToLookup(v => v).Select(g => (g.Key, Cnt: g.Count())).OrderBy(p => (-p.Cnt, p.Key)).First().Key;
        }
    }
    var fills = Enumerable.Range(0, d).Select(Fill).ToArray();
    var result = new double[n][];
    for (int i = 0; i < n; i++)
    {
        result[i] = new double[d];
        for (int j = 0; j < d; j++) result[i][j] = double.IsNaN(x[i][j]) ? fills[j] : x[i][j];
    }
    return result;
}
