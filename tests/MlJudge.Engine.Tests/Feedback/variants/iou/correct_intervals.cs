// problem: iou
// expect: none
// Correct: the overlap of the x and y intervals computed separately, then combined.
double IoU(double[] a, double[] b)
{
    static double Overlap(double lo1, double hi1, double lo2, double hi2) => Math.Max(0, Math.Min(hi1, hi2) - Math.Max(lo1, lo2));
    double inter = Overlap(a[0], a[2], b[0], b[2]) * Overlap(a[1], a[3], b[1], b[3]);
    double union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
    if (union <= 0) return 0;
    return inter / union;
}
