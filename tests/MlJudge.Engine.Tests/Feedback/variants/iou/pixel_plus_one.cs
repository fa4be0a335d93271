// problem: iou
// expect: plus-one-pixel-convention
double IoU(double[] a, double[] b)
{
    double Area(double[] r) => (r[2] - r[0] + 1) * (r[3] - r[1] + 1);
    double iw = Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]) + 1;
    double ih = Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]) + 1;
    double inter = iw > 0 && ih > 0 ? iw * ih : 0;
    return inter / (Area(a) + Area(b) - inter);
}
