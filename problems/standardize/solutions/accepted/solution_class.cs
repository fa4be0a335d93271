// Column-wise with LINQ; statistics via a transposed view.
public class Solution
{
    public static double[][] Standardize(double[][] x)
    {
        var columns = Enumerable.Range(0, x[0].Length).Select(j => x.Select(row => row[j]).ToArray()).ToArray();
        var stats = columns.Select(c => { var m = c.Average(); return (Mean: m, Std: Math.Sqrt(c.Average(v => (v - m) * (v - m)))); }).ToArray();
        return x.Select(row => row.Select((v, j) => columns[j].All(c => c == columns[j][0]) ? 0.0 : (v - stats[j].Mean) / stats[j].Std).ToArray()).ToArray();
    }
}
