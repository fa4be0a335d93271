// expect: Accepted
// why: a submission's own System.IO.File is just its code
namespace System.IO { public static class File { public static double Twice(double v) => 2 * v; } }
public class Solution { public double[] DoubleIt(double[] x) => x.Select(System.IO.File.Twice).ToArray(); }
