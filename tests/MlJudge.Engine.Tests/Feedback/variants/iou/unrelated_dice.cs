// problem: iou
// expect: none
// Unrelated wrong: the Dice coefficient instead of IoU.
double IoU(double[] a, double[] b)
{
    var inter = Math.Max(0, Math.Min(a[2], b[2]) - Math.Max(a[0], b[0])) * Math.Max(0, Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]));
    var total = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]);
    return total <= 0 ? 0 : 2 * inter / total;
}
