// Forgets to clamp the intersection width and height at zero: boxes disjoint in both axes get a positive "intersection".
double IoU(double[] a, double[] b)
{
    var w = Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]);
    var h = Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]);
    var intersection = w * h;
    var union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - intersection;
    return union == 0 ? 0 : intersection / union;
}
