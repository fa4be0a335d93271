// The pixel-index convention (+1 on widths and heights) applied to continuous coordinates.
double IoU(double[] a, double[] b)
{
    var w = Math.Max(0, Math.Min(a[2], b[2]) - Math.Max(a[0], b[0]) + 1);
    var h = Math.Max(0, Math.Min(a[3], b[3]) - Math.Max(a[1], b[1]) + 1);
    var intersection = w * h;
    var union = (a[2] - a[0] + 1) * (a[3] - a[1] + 1) + (b[2] - b[0] + 1) * (b[3] - b[1] + 1) - intersection;
    return intersection / union;
}
