// problem: iou
// expect: intersection-not-clamped
double IoU(double[] a, double[] b)
{
    double ix = Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]);
    double iy = Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]);
    double inter = ix * iy;
    double areaA = (a[2] - a[0]) * (a[3] - a[1]), areaB = (b[2] - b[0]) * (b[3] - b[1]);
    double union = areaA + areaB - inter;
    return union <= 0 ? 0 : inter / union;
}
