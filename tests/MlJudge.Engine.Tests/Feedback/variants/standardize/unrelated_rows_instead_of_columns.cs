// problem: standardize
// expect: none
// Unrelated wrong: standardizes each ROW (sample) over its features instead of each column; constant rows -> zeros.
double[][] Standardize(double[][] x) => x.Select(row =>
{
    double mean = row.Average();
    double sigma = Math.Sqrt(row.Average(v => (v - mean) * (v - mean)));
    bool constant = row.All(v => v == row[0]);
    return row.Select(v => constant ? 0 : (v - mean) / sigma).ToArray();
}).ToArray();
