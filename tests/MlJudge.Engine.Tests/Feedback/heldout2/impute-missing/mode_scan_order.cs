// problem: impute-missing
// expect: mode-tie-first-seen
// Counts every value, then scans rows top to bottom keeping a value only if its count is strictly greater: ties go to the first-seen value.
double[][] ImputeMissing(double[][] x, string strategy)
{
    int n = x.Length, d = x[0].Length;
    var res = new double[n][];
    for (int i = 0; i < n; i++) res[i] = new double[d];
    for (int j = 0; j < d; j++)
    {
        var vals = new List<double>();
        for (int i = 0; i < n; i++) if (!double.IsNaN(x[i][j])) vals.Add(x[i][j]);
        double f = 0;
        if (vals.Count > 0 && strategy == "mean") f = vals.Average();
        else if (vals.Count > 0 && strategy == "median")
        {
            var s = vals.OrderBy(v => v).ToList();
            f = (s[(s.Count - 1) / 2] + s[s.Count / 2]) / 2;
        }
        else if (vals.Count > 0)
        {
            var cnt = new Dictionary<double, int>();
            foreach (var v in vals) cnt[v] = cnt.GetValueOrDefault(v) + 1;
            int best = 0;
            foreach (var v in vals) // scan order: the first value seen wins a tie
                if (cnt[v] > best) { best = cnt[v]; f = v; }
        }
        for (int i = 0; i < n; i++) res[i][j] = double.IsNaN(x[i][j]) ? f : x[i][j];
    }
    return res;
}
