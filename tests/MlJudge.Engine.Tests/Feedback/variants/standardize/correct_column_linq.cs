// problem: standardize
// expect: none
// Correct: transposes to columns with LINQ, standardizes each column (constant = all entries equal -> zeros), and transposes back.
double[][] Standardize(double[][] x)
{
    int n = x.Length, d = x[0].Length;
    var cols = Enumerable.Range(0, d).Select(j =>
    {
        var c = x.Select(r => r[j]).ToArray();
        if (c.Distinct().Count() == 1) return new double[n];
        double mu = c.Average();
        double sd = Math.Sqrt(c.Select(v => (v - mu) * (v - mu)).Average());
        return c.Select(v => (v - mu) / sd).ToArray();
    }).ToArray();
    return Enumerable.Range(0, n).Select(i => Enumerable.Range(0, d).Select(j => cols[j][i]).ToArray()).ToArray();
}
