// Intervals first: the overlap of two boxes is the product of the overlaps of their x and y intervals.
public class Solution
{
    private static double Overlap(double lo1, double hi1, double lo2, double hi2) =>
        Math.Max(0.0, Math.Min(hi1, hi2) - Math.Max(lo1, lo2));

    public double IoU(double[] a, double[] b)
    {
        var inter = Overlap(a[0], a[2], b[0], b[2]) * Overlap(a[1], a[3], b[1], b[3]);
        var areaA = (a[2] - a[0]) * (a[3] - a[1]);
        var areaB = (b[2] - b[0]) * (b[3] - b[1]);
        var union = areaA + areaB - inter;
        if (union == 0) return 0;
        return inter / union;
    }
}
