// problem: impute-missing
// expect: median-upper-middle
// Median takes sorted[count/2] only (upper middle, no averaging for even counts); mean and mode correct, all-missing -> 0.
double[][] ImputeMissing(double[][] x, string strategy)
{
    int n = x.Length, d = x[0].Length;
    var res = x.Select(r => (double[])r.Clone()).ToArray();
    for (int j = 0; j < d; j++)
    {
        var col = new List<double>();
        foreach (var row in x) if (!double.IsNaN(row[j])) col.Add(row[j]);
        double f = 0;
        if (col.Count > 0)
        {
            if (strategy == "mean") f = col.Sum() / col.Count;
            else if (strategy == "median") { col.Sort(); f = col[col.Count / 2]; }
            else f = col.GroupBy(v => v).Select(g => (cnt: g.Count(), val: g.Key)).OrderBy(p => -p.cnt).ThenBy(p => p.val).First().val;
        }
        foreach (var row in res) if (double.IsNaN(row[j])) row[j] = f;
    }
    return res;
}
