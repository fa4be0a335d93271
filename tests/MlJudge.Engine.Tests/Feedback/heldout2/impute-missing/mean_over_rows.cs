// problem: impute-missing
// expect: mean-divides-by-n
// Mean = sum of observed values / total row count n (missing counted as zeros); median and mode correct.
double[][] ImputeMissing(double[][] x, string strategy)
{
    int n = x.Length, d = x[0].Length;
    var outp = new double[n][];
    for (int i = 0; i < n; i++) outp[i] = (double[])x[i].Clone();
    for (int j = 0; j < d; j++)
    {
        var obs = new List<double>();
        double sum = 0;
        for (int i = 0; i < n; i++) if (!double.IsNaN(x[i][j])) { obs.Add(x[i][j]); sum += x[i][j]; }
        double f = 0;
        if (obs.Count > 0)
        {
            switch (strategy)
            {
                case "mean": f = sum / n; break;
                case "median":
                    obs.Sort();
                    int h = obs.Count / 2;
                    f = obs.Count % 2 == 1 ? obs[h] : 0.5 * (obs[h - 1] + obs[h]);
                    break;
                default:
                    var counts = new SortedDictionary<double, int>();
                    foreach (var v in obs) counts[v] = counts.TryGetValue(v, out var c) ? c + 1 : 1;
                    int best = -1;
                    foreach (var kv in counts) if (kv.Value > best) { best = kv.Value; f = kv.Key; }
                    break;
            }
        }
        for (int i = 0; i < n; i++) if (double.IsNaN(outp[i][j])) outp[i][j] = f;
    }
    return outp;
}
